// The admin page's "Client chats" block: issue a one-time link code for a project (+ optional client ID),
// list linked chats, unlink one. Jira admins only, checked as the calling user (requireAdmin). The code is
// returned once and stored only as a hash.
import { ValidationError } from '../../../errors';
import { KEYS, type BotState } from '../../../model/telegram/outbox';
import { loadTemplates } from '../../../model/template/template-store';
import { patternMatcher } from '../../../rules/template/safe-regex';
import { cleanLine } from '../../../rules/template/sanitize-text';
import type { TelegramLinkCodeDto, TelegramLinksDto } from '../../../../shared/contract-telegram-links';
import { requireAdmin, type AdminDeps } from '../connect-bot';
import { nowMs } from '../deps';
import type { Hasher } from './ports';
import { INTAKE_KEYS, LINK_CODE_TTL_MS, type ChatLink } from './intake-model';
import { newCode, storeCode } from './link-codes';
import { listLinks, removeLink } from './link-store';

export type LinkAdminDeps = AdminDeps & { readonly hash: Hasher };

const PROJECT_KEY = /^[A-Z][A-Z0-9]{1,9}$/;

const personLabel = (link: ChatLink): string => [link.linkedBy.name, link.linkedBy.username ? `@${link.linkedBy.username}` : ''].filter(Boolean).join(' ');

export async function linksOverview(deps: LinkAdminDeps): Promise<TelegramLinksDto> {
  await requireAdmin(deps, 'listLinks');
  const [links, templates, bot] = await Promise.all([listLinks(deps), loadTemplates(deps.store), deps.store.get<BotState>(KEYS.bot)]);
  return {
    links: links.map((l) => ({
      chatId: l.chatId, title: l.title, projectKey: l.projectKey, clientId: l.clientId, linkedAt: new Date(l.linkedAt).toISOString(), linkedBy: personLabel(l),
    })),
    projects: [...new Set(templates.templates.map((t) => t.projectKey))].sort(),
    botUsername: bot?.username ?? null,
  };
}

export async function createLinkCode(deps: LinkAdminDeps, cmd: { projectKey: string; clientId: string | null; accountId: string }): Promise<TelegramLinkCodeDto> {
  await requireAdmin(deps, 'createLinkCode');
  const projectKey = cmd.projectKey.trim().toUpperCase();
  const templates = (await loadTemplates(deps.store)).templates.filter((t) => t.projectKey === projectKey);
  if (!PROJECT_KEY.test(projectKey) || templates.length === 0) {
    throw new ValidationError('No incident template for this project', { projectKey: 'tg.links.error.noTemplate' });
  }
  const clientId = cmd.clientId === null ? '' : cleanLine(cmd.clientId);
  const field = templates.flatMap((t) => t.fields).find((f) => f.type === 'clientId');
  if (clientId !== '' && (clientId.length > 100 || (field?.type === 'clientId' && !patternMatcher(field.pattern)(clientId)))) {
    throw new ValidationError('The client ID does not match the template', { clientId: 'validation.clientId' });
  }
  const code = newCode(deps);
  const now = nowMs(deps);
  const expiresAt = now + LINK_CODE_TTL_MS;
  await storeCode(deps, deps.hash, code, { v: 1, projectKey, clientId: clientId || null, createdAt: now, expiresAt, createdBy: cmd.accountId });
  deps.logger.info('telegram link code issued', { projectKey, withClientId: clientId !== '' });
  return { code, command: `/link ${code}`, projectKey, clientId: clientId || null, expiresAt: new Date(expiresAt).toISOString() };
}

export async function unlinkFromAdmin(deps: LinkAdminDeps, chatId: number): Promise<TelegramLinksDto> {
  await requireAdmin(deps, 'unlinkChat');
  const link = await deps.store.get<ChatLink>(INTAKE_KEYS.link(chatId));
  if (link) await removeLink(deps, link);
  return linksOverview(deps);
}
