// A person's answer to their draft's question: a reply to one of the draft's prompts (in a private chat any
// message will do). Checked with the template's validators; a wrong answer is asked again with the error,
// the draft is never lost. The last answer files the incident (ticket-file.ts). A draft silent for 30 min
// is dropped and the person told. Messages that are not answers are left to the next handler.
import { loadTemplates } from '../../../model/template/template-store';
import { nowMs } from '../deps';
import type { MessageHandler, UpdateDeps } from '../dispatch-types';
import type { ParsedMessage } from '../update-shape';
import { localeOf, overLimit } from './chat-gate';
import { parseAnswer, type ParsedAnswer } from './answer-parse';
import { claimStep, deleteDraft, isExpired, loadDraft, saveDraft } from './drafts';
import type { Draft } from './intake-model';
import { PROMPT_MARK, promptText, quoteFieldId } from './prompt';
import { prepareReply, say, sendReply } from './reply';
import { askCurrent } from './ticket-ask';
import { fileDraft } from './ticket-file';

function answers(message: ParsedMessage, draft: Draft): boolean {
  if (message.chat.type === 'private') return true;
  const replied = message.replyTo;
  if (!replied || replied.from?.isBot !== true) return false;
  if (draft.promptIds.includes(replied.messageId)) return true;
  // The prompt's id is recorded right after it was sent: a very quick answer may reply to one not yet recorded.
  return replied.text.startsWith(PROMPT_MARK) && replied.messageId > Math.max(0, ...draft.promptIds);
}

async function parse(deps: UpdateDeps, draft: Draft, message: ParsedMessage): Promise<ParsedAnswer> {
  const q = draft.questions[draft.index];
  if (!q) return { kind: 'skip' };
  const text = message.text.trim();
  if (text === '' && message.files.length > 0) return { kind: 'error', key: 'tg.intake.error.textOnly' };
  // The quoted client message may stand on its own as the description.
  if (draft.quote && q.field.id === quoteFieldId(draft) && ['-', '—'].includes(text)) return { kind: 'value', value: '' };
  const template = (await loadTemplates(deps.store)).templates.find((t) => t.id === draft.templateId);
  if (!template) return { kind: 'error', key: 'tg.intake.error.templateGone' };
  return parseAnswer(q, text, template, deps.clock.now());
}

export const answerDraft: MessageHandler = async (deps, message) => {
  if (message.edited || message.fromId === null) return false;
  const draft = await loadDraft(deps, message.chat.id, message.threadId, message.fromId);
  if (!draft || !answers(message, draft)) return false;
  if (await overLimit(deps, message, 'messages')) return true;
  const locale = localeOf(message);
  if (isExpired(deps, draft)) {
    await prepareReply(deps, message);
    await deleteDraft(deps, draft);
    await sendReply(deps, message, say(locale, 'tg.intake.expired'));
    return true;
  }
  if (draft.index >= draft.questions.length) {
    // Every question was answered and filing failed on the way (this is its retry): file again, idempotently.
    await prepareReply(deps, message);
    await fileDraft(deps, message, draft);
    return true;
  }
  const parsed = await parse(deps, draft, message);
  await prepareReply(deps, message);
  if (parsed.kind === 'error') {
    await askCurrent(deps, message, { ...draft, lastActivityAt: nowMs(deps) }, promptText(draft, locale, { key: parsed.key, ...(parsed.params ? { params: parsed.params } : {}) }));
    return true;
  }
  if (!(await claimStep(deps, draft, `q${draft.index}`))) return true;
  const q = draft.questions[draft.index];
  const nextAnswers = { ...draft.answers };
  if (q && parsed.kind === 'value') nextAnswers[q.field.id] = parsed.value;
  const next: Draft = { ...draft, answers: nextAnswers, index: draft.index + 1, lastActivityAt: nowMs(deps) };
  if (next.index < next.questions.length) {
    await saveDraft(deps, next);
    await askCurrent(deps, message, next, promptText(next, locale, null));
    return true;
  }
  await saveDraft(deps, next);
  await fileDraft(deps, message, next);
  return true;
};
