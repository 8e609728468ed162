// `/ticket` starts a guided conversation in a linked chat: the template of the chat's project (in the
// person's language when there is one), its questions plus the transition guard's fields for "Open", the
// client ID from the link prefilled, the client's message quoted when `/ticket` replies to one. One draft
// per (chat, topic, person); a second `/ticket` shows the current question again. `/cancel` drops it.
import type { Locale } from '../../../../shared/i18n';
import { loadTemplates } from '../../../model/template/template-store';
import type { TemplateDefinition } from '../../../model/template/types';
import { patternMatcher } from '../../../rules/template/safe-regex';
import { loadGuardSettings } from '../../guard/guard-deps';
import { nowMs } from '../deps';
import type { ChatCommandHandler, UpdateDeps } from '../dispatch-types';
import type { ParsedMessage } from '../update-shape';
import { linkedOrNotice, localeOf, overLimit, personOf } from './chat-gate';
import { deleteDraft, isExpired, loadDraft, saveDraft } from './drafts';
import type { ChatLink, Draft } from './intake-model';
import { promptText } from './prompt';
import { draftQuestions } from './questions';
import { prepareReply, say, sendReply } from './reply';
import { askCurrent } from './ticket-ask';

const QUOTE_MAX = 3000;

function templateFor(templates: readonly TemplateDefinition[], projectKey: string, locale: Locale): TemplateDefinition | undefined {
  const mine = templates.filter((t) => t.projectKey === projectKey);
  return mine.find((t) => t.locale === locale) ?? mine[0];
}

function quoteOf(message: ParsedMessage): Draft['quote'] {
  const replied = message.replyTo;
  if (!replied || replied.from?.isBot !== false || replied.text.trim() === '') return null;
  const author = [replied.from.firstName, replied.from.lastName].filter((s) => s !== '').join(' ') || (replied.from.username ?? '?');
  return { text: replied.text.slice(0, QUOTE_MAX), author: replied.from.username ? `${author} (@${replied.from.username})` : author };
}

async function newDraft(deps: UpdateDeps, message: ParsedMessage, link: ChatLink, template: TemplateDefinition): Promise<Draft> {
  const answers: Record<string, string> = {};
  const clientField = template.fields.find((f) => f.type === 'clientId');
  if (link.clientId && clientField?.type === 'clientId' && patternMatcher(clientField.pattern)(link.clientId)) answers[clientField.id] = link.clientId;
  const guard = await loadGuardSettings(deps.store);
  const now = nowMs(deps);
  return {
    v: 1, id: `tg${deps.random.id().replace(/[^A-Za-z0-9]/g, '').slice(0, 30)}`, chatId: message.chat.id, threadId: message.threadId,
    person: personOf(message), projectKey: link.projectKey, issueTypeName: template.issueTypeName, templateId: template.id, locale: template.locale,
    questions: draftQuestions(template, guard.settings.rules, new Set(Object.keys(answers))), index: 0, answers, promptIds: [],
    quote: quoteOf(message), startedAt: now, lastActivityAt: now,
  };
}

export const ticketCommand: ChatCommandHandler = async (deps, message) => {
  if (message.fromId === null) return false;
  if (await overLimit(deps, message, 'messages')) return true;
  const link = await linkedOrNotice(deps, message);
  if (!link) return true;
  const locale = localeOf(message);
  const existing = await loadDraft(deps, message.chat.id, message.threadId, message.fromId);
  if (existing && !isExpired(deps, existing)) {
    await prepareReply(deps, message);
    await askCurrent(deps, message, existing, promptText(existing, locale, null, 'tg.intake.inProgress'));
    return true;
  }
  if (await overLimit(deps, message, 'tickets')) return true;
  const template = templateFor((await loadTemplates(deps.store)).templates, link.projectKey, locale);
  await prepareReply(deps, message);
  if (!template) {
    await sendReply(deps, message, say(locale, 'tg.intake.noTemplate', { project: link.projectKey }));
    return true;
  }
  const draft = await newDraft(deps, message, link, template);
  await saveDraft(deps, draft);
  await askCurrent(deps, message, draft, promptText(draft, locale, null, draft.quote ? 'tg.intake.startQuoted' : 'tg.intake.start'));
  return true;
};

export const cancelCommand: ChatCommandHandler = async (deps, message) => {
  if (message.fromId === null) return false;
  const draft = await loadDraft(deps, message.chat.id, message.threadId, message.fromId);
  if (!draft) return false;
  if (await overLimit(deps, message, 'messages')) return true;
  await prepareReply(deps, message);
  await deleteDraft(deps, draft);
  await sendReply(deps, message, say(localeOf(message), isExpired(deps, draft) ? 'tg.intake.expired' : 'tg.intake.cancelled'));
  return true;
};
