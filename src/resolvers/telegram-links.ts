// The admin page's "Client chats" resolvers: link codes (the code is returned once), linked chats, unlink
// (Jira admins only, checked as the calling user in the use cases), and the conversation settings in
// effect (read-only, as settings/get). Thin.
import type Resolver from '@forge/resolver';
import { intakePorts, services, telegramServices } from '../composition';
import { BadRequestError } from '../domain/errors';
import { createLinkCode, linksOverview, unlinkFromAdmin, type LinkAdminDeps } from '../domain/use-cases/telegram/intake/link-admin';
import { conversationSettingsWithSource } from '../domain/use-cases/telegram/conversation/conversation-settings';
import type { TelegramConversationDto } from '../shared/contract-telegram-links';
import { guarded } from './define';
import { asRecord, requireAccountId, requireString } from './payload';

const logger = () => services().logger;
const linkDeps = (): LinkAdminDeps => ({ ...telegramServices(), hash: intakePorts().hash });

export function defineTelegramLinkResolvers(resolver: Resolver): void {
  resolver.define('telegram/links/list', guarded('telegram/links/list', logger, async () => linksOverview(linkDeps())));

  resolver.define(
    'telegram/links/createCode',
    guarded('telegram/links/createCode', logger, async ({ payload, context }) => {
      const record = asRecord(payload);
      const projectKey = requireString(record, 'projectKey');
      const raw = record.clientId;
      if (raw !== undefined && raw !== null && typeof raw !== 'string') throw new BadRequestError('clientId must be a string');
      if (projectKey.length > 20 || (typeof raw === 'string' && raw.length > 200)) throw new BadRequestError('value too long');
      return createLinkCode(linkDeps(), { projectKey, clientId: typeof raw === 'string' ? raw : null, accountId: requireAccountId(context) });
    }),
  );

  resolver.define(
    'telegram/links/unlink',
    guarded('telegram/links/unlink', logger, async ({ payload }) => {
      const chatId = asRecord(payload).chatId;
      if (!(typeof chatId === 'number' && Number.isSafeInteger(chatId))) throw new BadRequestError('chatId must be an integer');
      return unlinkFromAdmin(linkDeps(), chatId);
    }),
  );

  // Read-only, like settings/get: the values in effect, so the admin page can show a legacy value before it is saved.
  resolver.define(
    'telegram/conversation/settings',
    guarded('telegram/conversation/settings', logger, async (): Promise<TelegramConversationDto> => {
      const { settings, source } = await conversationSettingsWithSource(services().store);
      return { source, value: { ...settings, waitingStatuses: [...settings.waitingStatuses] } };
    }),
  );
}
