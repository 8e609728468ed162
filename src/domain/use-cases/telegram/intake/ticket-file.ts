// Files a finished draft through the same fileIncident as the Jira form (as the app, source "telegram",
// idempotency key from the draft id: a redelivered or retried update replays the filing, never creates a
// second issue). The client's quoted words and who filed it (name, @username, chat) go into the
// description. Answers Jira refuses are asked again; the reply gives the key, priority, SLA target, link.
import { ConfigMissingError, isAppError, ValidationError } from '../../../errors';
import { translate } from '../../../../shared/i18n';
import type { FiledIncident } from '../../../model/template/incident';
import { ANSWER_LIMITS } from '../../../rules/template/validate-answers';
import { fileIncident } from '../../file-incident';
import type { UpdateDeps } from '../dispatch-types';
import type { ParsedMessage } from '../update-shape';
import { localeOf } from './chat-gate';
import { deleteDraft, releaseStep, saveDraft } from './drafts';
import type { Draft } from './intake-model';
import { promptText, quoteFieldId } from './prompt';
import { recordFiled } from './filed-records';
import { resultText } from './result-text';
import { say, sendReply } from './reply';
import { askCurrent } from './ticket-ask';
import { rememberIssueMessage } from '../conversation/issue-messages';

/** The answers as filed: the quote and the reporter line join the description question's answer. */
export function filedAnswers(draft: Draft, chatTitle: string): Record<string, string | number> {
  const answers = { ...draft.answers };
  const target = quoteFieldId(draft);
  if (target === null) return answers;
  const t = draft.locale;
  const person = draft.person.username ? `${draft.person.name} (@${draft.person.username})` : draft.person.name;
  const parts = [
    draft.quote ? `${translate(t, 'tg.intake.clientWords', { author: draft.quote.author })}\n${draft.quote.text}` : '',
    String(answers[target] ?? ''),
    translate(t, 'tg.intake.reportedBy', { person, chat: chatTitle }),
  ].filter((p) => p.trim() !== '');
  answers[target] = parts.join('\n\n').slice(0, ANSWER_LIMITS.multiline);
  return answers;
}

async function refused(deps: UpdateDeps, message: ParsedMessage, draft: Draft, error: ValidationError): Promise<void> {
  const index = draft.questions.findIndex((q) => q.field.id in error.fieldErrors);
  if (index < 0) {
    await sendReply(deps, message, say(localeOf(message), 'tg.intake.failed'));
    return;
  }
  const again: Draft = { ...draft, index };
  await releaseStep(deps, draft, `q${index}`);
  await saveDraft(deps, again);
  const key = error.fieldErrors[draft.questions[index]?.field.id ?? ''] ?? 'validation.jiraRejected';
  await askCurrent(deps, message, again, promptText(again, localeOf(message), { key }));
}

export async function fileDraft(deps: UpdateDeps, message: ParsedMessage, draft: Draft): Promise<void> {
  let filed: FiledIncident;
  try {
    filed = await fileIncident({ store: deps.store, jira: deps.intake.jiraAsApp, clock: deps.clock, logger: deps.logger, ...(deps.intake.assign ? { assign: deps.intake.assign } : {}) }, {
      idempotencyKey: draft.id, projectKey: draft.projectKey, issueTypeName: draft.issueTypeName, templateId: draft.templateId,
      locale: draft.locale, source: 'telegram', answers: filedAnswers(draft, message.chat.title),
      extraFields: draft.questions.flatMap((q) => (q.target ? [{ field: q.field, target: q.target }] : [])),
    });
  } catch (error) {
    if (error instanceof ValidationError) return refused(deps, message, draft, error);
    if (error instanceof ConfigMissingError) {
      await deleteDraft(deps, draft);
      await sendReply(deps, message, say(localeOf(message), 'tg.intake.noTemplate', { project: draft.projectKey }));
      return;
    }
    // Throttled or unavailable: let the update be handled again (the filing is idempotent).
    if (isAppError(error) && error.retryable) throw error;
    deps.logger.error('telegram intake could not file', { chatId: draft.chatId, error: isAppError(error) ? error.code : 'unknown' });
    await sendReply(deps, message, say(localeOf(message), 'tg.intake.failed'));
    return;
  }
  await recordFiled(deps, draft, filed);
  await deps.intake.afterFiling?.({ id: filed.issueId, key: filed.issueKey });
  await deleteDraft(deps, draft);
  const replyId = await sendReply(deps, message, await resultText(deps, draft, filed, localeOf(message)));
  // A client's reply to "created SUP-12" is about SUP-12 (two-way conversation).
  if (replyId !== null) await rememberIssueMessage(deps, message.chat.id, replyId, filed.issueKey, filed.issueId);
}
