// Settings of the two-way Telegram conversation (issue 9), the `conversation` part of the "telegram"
// settings section: validated with field errors when an admin saves (`conversation.<field>` paths), read
// leniently otherwise (each malformed field keeps its default: the older KVS key `tg:conv:settings`). Pure.
import type { MessageKey } from '../../../shared/i18n';

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

export const CONVERSATION_LIMITS = { maxStatuses: 20, maxStatusLength: 255, maxRepeatMinutes: 10_080 } as const;

type FieldErrors = Record<string, MessageKey>;
const L = CONVERSATION_LIMITS;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStatusName = (s: unknown): s is string => typeof s === 'string' && s.trim() !== '' && s.trim().length <= L.maxStatusLength;
const isMinutes = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= L.maxRepeatMinutes;

/** A stored value, field by field: what is missing or malformed keeps its default. */
export function readConversationSettings(raw: unknown): ConversationSettings {
  if (!isRecord(raw)) return DEFAULT_CONVERSATION;
  const statuses = Array.isArray(raw.waitingStatuses) && raw.waitingStatuses.length <= L.maxStatuses && raw.waitingStatuses.every(isStatusName)
    ? raw.waitingStatuses.map((s) => s.trim()) : null;
  return {
    resumeOnClientReply: typeof raw.resumeOnClientReply === 'boolean' ? raw.resumeOnClientReply : DEFAULT_CONVERSATION.resumeOnClientReply,
    waitingStatuses: statuses ?? DEFAULT_CONVERSATION.waitingStatuses,
    resumeTo: isStatusName(raw.resumeTo) ? raw.resumeTo.trim() : DEFAULT_CONVERSATION.resumeTo,
    repeatAfterMinutes: isMinutes(raw.repeatAfterMinutes) ? raw.repeatAfterMinutes : DEFAULT_CONVERSATION.repeatAfterMinutes,
  };
}

/**
 * What an admin saves: every field required and checked, errors at `<prefix>.<field>`. Status names are
 * trimmed and de-duplicated (case-insensitively); a number may come as text from a form field.
 */
export function parseConversationSettings(raw: unknown, errors: FieldErrors, prefix = 'conversation'): ConversationSettings {
  const at = (field: string): string => `${prefix}.${field}`;
  if (!isRecord(raw)) {
    errors[prefix] = 'validation.required';
    return DEFAULT_CONVERSATION;
  }
  if (typeof raw.resumeOnClientReply !== 'boolean') errors[at('resumeOnClientReply')] = 'validation.required';
  const list = Array.isArray(raw.waitingStatuses) ? raw.waitingStatuses : null;
  const statuses: string[] = [];
  if (list === null) errors[at('waitingStatuses')] = 'validation.required';
  else if (!list.every(isStatusName)) errors[at('waitingStatuses')] = 'validation.tgc.statusName';
  else {
    for (const s of list.map((v) => v.trim())) if (!statuses.some((known) => known.toLowerCase() === s.toLowerCase())) statuses.push(s);
    if (statuses.length > L.maxStatuses) errors[at('waitingStatuses')] = 'validation.tooMany';
  }
  if (!isStatusName(raw.resumeTo)) errors[at('resumeTo')] = 'validation.tgc.statusName';
  const minutes = typeof raw.repeatAfterMinutes === 'string' && /^\s*\d{1,6}\s*$/.test(raw.repeatAfterMinutes) ? Number(raw.repeatAfterMinutes) : raw.repeatAfterMinutes;
  if (!isMinutes(minutes)) errors[at('repeatAfterMinutes')] = 'validation.tgc.repeatMinutes';
  return {
    resumeOnClientReply: raw.resumeOnClientReply !== false,
    waitingStatuses: statuses,
    resumeTo: isStatusName(raw.resumeTo) ? raw.resumeTo.trim() : DEFAULT_CONVERSATION.resumeTo,
    repeatAfterMinutes: isMinutes(minutes) ? minutes : DEFAULT_CONVERSATION.repeatAfterMinutes,
  };
}
