// Drafts of `/ticket` conversations, one per (chat, forum topic, person) so several people file at once.
// Stored with an expiry well after the 30-minute timeout (the person is told on their next message);
// each question is answered at most once (a step marker), so two quick replies never advance twice.
import { nowMs, type TelegramDeps } from '../deps';
import { listPrefix } from '../outbox-records';
import { DRAFT_TIMEOUT_MS, DRAFT_TTL_S, INTAKE_KEYS, type Draft } from './intake-model';

export async function loadDraft(deps: TelegramDeps, chatId: number, threadId: number | null, userId: number): Promise<Draft | undefined> {
  return deps.store.get<Draft>(INTAKE_KEYS.draft(chatId, threadId, userId));
}

export async function saveDraft(deps: TelegramDeps, draft: Draft): Promise<void> {
  await deps.atomic.put(INTAKE_KEYS.draft(draft.chatId, draft.threadId, draft.person.id), draft, DRAFT_TTL_S);
}

export async function deleteDraft(deps: TelegramDeps, draft: Draft): Promise<void> {
  await deps.store.delete(INTAKE_KEYS.draft(draft.chatId, draft.threadId, draft.person.id));
}

export const isExpired = (deps: TelegramDeps, draft: Draft): boolean => nowMs(deps) - draft.lastActivityAt > DRAFT_TIMEOUT_MS;

/** True for the first caller per (draft, question): concurrent answers to one question advance it once. */
export async function claimStep(deps: TelegramDeps, draft: Draft, step: string): Promise<boolean> {
  return deps.atomic.createIfAbsent(`tg:in:step:${draft.id}:${step}`, nowMs(deps), DRAFT_TTL_S);
}

/** Forgets a claimed step again (the work behind it failed and will be retried). */
export async function releaseStep(deps: TelegramDeps, draft: Draft, step: string): Promise<void> {
  await deps.store.delete(`tg:in:step:${draft.id}:${step}`);
}

/** Drafts of a chat (a group that became a supergroup takes them along). */
export async function draftsOfChat(deps: TelegramDeps, chatId: number): Promise<Draft[]> {
  return listPrefix<Draft>(deps, INTAKE_KEYS.draftPrefix(chatId), 500);
}
