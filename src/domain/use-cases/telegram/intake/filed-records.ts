// What the intake remembers about the issues a chat filed: per chat (for /my and /status without a client
// ID) and per issue (so the issue's public notifications reach the chat it came from, link-routing.ts).
import type { FiledIncident } from '../../../model/template/incident';
import { nowMs, type TelegramDeps } from '../deps';
import { listPrefix } from '../outbox-records';
import { INTAKE_KEYS, type Draft, type FiledFromChat } from './intake-model';

export async function recordFiled(deps: TelegramDeps, draft: Draft, filed: FiledIncident): Promise<void> {
  const record: FiledFromChat = { draftId: draft.id, issueId: filed.issueId, issueKey: filed.issueKey, chatId: draft.chatId, threadId: draft.threadId, locale: draft.locale, at: nowMs(deps) };
  await deps.store.set(INTAKE_KEYS.filed(draft.chatId, filed.issueKey), record);
  await deps.store.set(INTAKE_KEYS.issueChat(filed.issueId), record);
}

/** Issues filed from the chat, newest first (at most `max`). */
export async function filedFromChat(deps: TelegramDeps, chatId: number, max = 200): Promise<FiledFromChat[]> {
  const filed = await listPrefix<FiledFromChat>(deps, INTAKE_KEYS.filedPrefix(chatId), 1000);
  return filed.sort((a, b) => b.at - a.at).slice(0, max);
}
