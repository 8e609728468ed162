// The Telegram settings section between its wire form (settings/save value) and the editor's draft.
// Pure. The server validates; this reshapes (comma lists, number fields as text) and tolerates odd values.
import type { Locale } from '@shared/contract';
import { isLocale } from '@shared/i18n';
import { isRecord } from '@ui/result-guards';

export const EVENT_TYPES = ['created', 'statusChanged', 'assigned', 'commented', 'resolved', 'reopened', 'slaWarning', 'slaBreached', 'csatReceived'] as const;
export type EventType = (typeof EVENT_TYPES)[number];
export const PUBLIC_EVENTS: readonly EventType[] = ['created', 'statusChanged', 'commented', 'resolved', 'reopened'];

export type RouteDraft = {
  readonly id: string;
  readonly projectKey: string;
  readonly chatId: string;
  readonly topicId: string;
  readonly label: string;
  readonly events: readonly EventType[];
  readonly priorities: string;
  readonly issueTypes: string;
  readonly publicOnly: boolean;
  readonly locale: Locale;
  readonly topicPerIssue: boolean;
};

/** "Client conversations": comma list of statuses and minutes as typed. */
export type ConversationDraft = {
  readonly resumeOnClientReply: boolean;
  readonly waitingStatuses: string;
  readonly resumeTo: string;
  readonly repeatAfterMinutes: string;
};

export type TelegramDraft = {
  readonly routes: readonly RouteDraft[];
  readonly emojis: Readonly<Record<EventType, string>>;
  readonly digestEnabled: boolean;
  readonly digestThreshold: string;
  /** Null while the section has none (the server then uses the older storage key or the defaults). */
  readonly conversation: ConversationDraft | null;
};

const text = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');
const list = (v: unknown): string => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string').join(', ') : '');
const isEvent = (v: unknown): v is EventType => typeof v === 'string' && (EVENT_TYPES as readonly string[]).includes(v);

export function newRoute(existing: readonly RouteDraft[], locale: Locale): RouteDraft {
  let n = existing.length + 1;
  while (existing.some((r) => r.id === `route-${n}`)) n++;
  return { id: `route-${n}`, projectKey: '', chatId: '', topicId: '', label: '', events: ['created', 'statusChanged', 'commented', 'resolved', 'reopened'], priorities: '', issueTypes: '', publicOnly: false, locale, topicPerIssue: false };
}

export function toConversationDraft(value: unknown): ConversationDraft | null {
  if (!isRecord(value)) return null;
  return {
    resumeOnClientReply: value.resumeOnClientReply !== false, waitingStatuses: list(value.waitingStatuses),
    resumeTo: text(value.resumeTo), repeatAfterMinutes: text(value.repeatAfterMinutes),
  };
}

export function toTelegramDraft(value: unknown): TelegramDraft {
  const raw = isRecord(value) ? value : {};
  const emojis = isRecord(raw.emojis) ? raw.emojis : {};
  const digest = isRecord(raw.digest) ? raw.digest : {};
  const routes = Array.isArray(raw.routes) ? raw.routes.filter(isRecord) : [];
  return {
    routes: routes.map((r, i) => ({
      id: text(r.id) || `route-${i + 1}`, projectKey: text(r.projectKey), chatId: text(r.chatId), topicId: r.topicId === null ? '' : text(r.topicId), label: text(r.label),
      events: Array.isArray(r.events) ? r.events.filter(isEvent) : [], priorities: list(r.priorities), issueTypes: list(r.issueTypes),
      publicOnly: r.publicOnly === true, locale: isLocale(r.locale) ? r.locale : 'en', topicPerIssue: r.topicPerIssue === true,
    })),
    emojis: Object.fromEntries(EVENT_TYPES.map((t) => [t, text(emojis[t])])) as Record<EventType, string>,
    digestEnabled: digest.enabled !== false,
    digestThreshold: text(digest.threshold) || '5',
    conversation: toConversationDraft(raw.conversation),
  };
}

const split = (s: string): string[] => s.split(',').map((x) => x.trim()).filter((x) => x !== '');

function fromConversationDraft(c: ConversationDraft): Record<string, unknown> {
  const minutes = c.repeatAfterMinutes.trim();
  return {
    resumeOnClientReply: c.resumeOnClientReply, waitingStatuses: split(c.waitingStatuses), resumeTo: c.resumeTo.trim(),
    // Not a whole number: sent as typed, so the server names the field.
    repeatAfterMinutes: /^\d{1,6}$/.test(minutes) ? Number(minutes) : minutes,
  };
}

export function fromTelegramDraft(draft: TelegramDraft): Record<string, unknown> {
  return {
    routes: draft.routes.map((r) => ({
      id: r.id, projectKey: r.projectKey.trim().toUpperCase(), chatId: r.chatId.trim(), topicId: r.topicId.trim() === '' ? null : r.topicId.trim(),
      label: r.label.trim(), events: r.events, priorities: split(r.priorities), issueTypes: split(r.issueTypes), publicOnly: r.publicOnly, locale: r.locale,
      ...(r.topicPerIssue ? { topicPerIssue: true } : {}),
    })),
    emojis: Object.fromEntries(Object.entries(draft.emojis).filter(([, v]) => v.trim() !== '')),
    digest: { enabled: draft.digestEnabled, threshold: Number(draft.digestThreshold) },
    ...(draft.conversation ? { conversation: fromConversationDraft(draft.conversation) } : {}),
  };
}
