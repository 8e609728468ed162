// Settings of the two-way conversation, stored at `tg:conv:settings` (no admin-page section yet: an admin
// writes the key with `forge storage` or the sandbox; defaults apply otherwise). "Waiting" statuses default
// to the statuses the SLA definitions pause in, so the SLA settings configure both in one place.
import type { KeyValueStore } from '../../../ports';
import { readSlaSettings } from '../../../model/sla/sla-settings';
import { readSection } from '../../get-settings';
import { CONVERSATION_KEYS } from './issue-messages';

export type ConversationSettings = {
  /** A client's message about an issue in a waiting status moves it back to work (the SLA clock resumes). */
  readonly resumeOnClientReply: boolean;
  /** Status names (or ids) that mean "waiting for the customer"; empty = the SLA pause statuses. */
  readonly waitingStatuses: readonly string[];
  /** Where to move it when the status before "waiting" cannot be reached (a status name). */
  readonly resumeTo: string;
  /** A client's second message about an open issue counts as a repeat contact after this long without an answer. */
  readonly repeatAfterMinutes: number;
};

export const DEFAULT_CONVERSATION: ConversationSettings = {
  resumeOnClientReply: true, waitingStatuses: [], resumeTo: 'In Progress', repeatAfterMinutes: 60,
};

const strings = (v: unknown): string[] | null =>
  Array.isArray(v) && v.length <= 20 && v.every((s) => typeof s === 'string' && s.trim() !== '' && s.length <= 255) ? v.map((s: string) => s.trim()) : null;

/** A stored value, field by field: what is missing or malformed keeps its default. */
export function parseConversationSettings(raw: unknown): ConversationSettings {
  if (typeof raw !== 'object' || raw === null) return DEFAULT_CONVERSATION;
  const r = raw as Record<string, unknown>;
  const minutes = typeof r.repeatAfterMinutes === 'number' && Number.isInteger(r.repeatAfterMinutes) && r.repeatAfterMinutes >= 0 && r.repeatAfterMinutes <= 10_080
    ? r.repeatAfterMinutes : DEFAULT_CONVERSATION.repeatAfterMinutes;
  return {
    resumeOnClientReply: typeof r.resumeOnClientReply === 'boolean' ? r.resumeOnClientReply : DEFAULT_CONVERSATION.resumeOnClientReply,
    waitingStatuses: strings(r.waitingStatuses) ?? DEFAULT_CONVERSATION.waitingStatuses,
    resumeTo: typeof r.resumeTo === 'string' && r.resumeTo.trim() !== '' && r.resumeTo.length <= 255 ? r.resumeTo.trim() : DEFAULT_CONVERSATION.resumeTo,
    repeatAfterMinutes: minutes,
  };
}

export async function loadConversationSettings(store: KeyValueStore): Promise<ConversationSettings> {
  return parseConversationSettings(await store.get<unknown>(CONVERSATION_KEYS.settings));
}

/** The waiting statuses in effect: configured ones, else every status an SLA definition pauses in. */
export async function waitingStatuses(store: KeyValueStore, settings: ConversationSettings): Promise<string[]> {
  if (settings.waitingStatuses.length > 0) return [...settings.waitingStatuses];
  const sla = readSlaSettings((await readSection(store, 'sla')).value);
  const names = sla.definitions.flatMap((d) => d.pause.flatMap((p) => (p.kind === 'status' ? p.statuses : [])));
  return [...new Set(names)];
}
