// Parses the untrusted "telegram" settings section into TelegramSettings or field errors keyed like
// `routes.2.chatId` (i18n message keys). Pure; the admin page shows the errors next to the fields.
import { isLocale, type MessageKey } from '../../../shared/i18n';
import { isNotificationEventType, NOTIFICATION_EVENT_TYPES, PUBLIC_EVENT_TYPES } from './events';
import { DEFAULT_TELEGRAM, TELEGRAM_LIMITS_CONFIG as L, type TelegramRoute, type TelegramSettings } from './settings';
import { parseConversationSettings } from './conversation-settings';

type FieldErrors = Record<string, MessageKey>;
const PROJECT_KEY = /^[A-Z][A-Z0-9]{1,9}$/;
const ROUTE_ID = /^[A-Za-z0-9_-]{1,40}$/;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isChatId = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v !== 0;

function names(raw: unknown, field: string, errors: FieldErrors): string[] {
  if (raw === undefined) return [];
  const list = Array.isArray(raw) ? raw : [raw];
  const values = [...new Set(list.map((v) => (typeof v === 'string' ? v.trim() : '')))].filter((v) => v !== '');
  if (values.length > L.maxFilterValues) errors[field] = 'validation.tooMany';
  else if (values.some((v) => v.length > L.maxFilterValueLength)) errors[field] = 'validation.telegram.filterValue';
  return values;
}

function parseRoute(raw: unknown, index: number, errors: FieldErrors): TelegramRoute | undefined {
  const at = (field: string): string => `routes.${index}.${field}`;
  if (!isRecord(raw)) {
    errors[`routes.${index}`] = 'validation.required';
    return undefined;
  }
  const projectKey = typeof raw.projectKey === 'string' ? raw.projectKey.trim().toUpperCase() : '';
  if (!PROJECT_KEY.test(projectKey)) errors[at('projectKey')] = 'validation.projectKey';
  const chatId = typeof raw.chatId === 'string' && /^-?\d{1,16}$/.test(raw.chatId.trim()) ? Number(raw.chatId.trim()) : raw.chatId;
  if (!isChatId(chatId)) errors[at('chatId')] = 'validation.telegram.chatId';
  const topicId = raw.topicId === null || raw.topicId === undefined || raw.topicId === '' ? null : Number(raw.topicId);
  if (topicId !== null && !(Number.isSafeInteger(topicId) && topicId > 0)) errors[at('topicId')] = 'validation.telegram.topicId';
  const label = typeof raw.label === 'string' ? raw.label.trim() : '';
  if (label.length > L.maxLabelLength) errors[at('label')] = 'validation.telegram.label';
  const rawEvents = Array.isArray(raw.events) ? raw.events : [];
  const events = NOTIFICATION_EVENT_TYPES.filter((t) => rawEvents.includes(t));
  if (events.length === 0 || !rawEvents.every(isNotificationEventType)) errors[at('events')] = 'validation.telegram.events';
  const publicOnly = raw.publicOnly === true;
  if (publicOnly && events.some((t) => !PUBLIC_EVENT_TYPES.includes(t))) errors[at('events')] = 'validation.telegram.internalEvent';
  if (!isLocale(raw.locale)) errors[at('locale')] = 'validation.locale';
  if (raw.topicPerIssue !== undefined && typeof raw.topicPerIssue !== 'boolean') errors[at('topicPerIssue')] = 'validation.required';
  return {
    id: typeof raw.id === 'string' && ROUTE_ID.test(raw.id) ? raw.id : `route-${index + 1}`,
    projectKey,
    chatId: isChatId(chatId) ? chatId : 0,
    topicId: topicId !== null && Number.isSafeInteger(topicId) ? topicId : null,
    label,
    events,
    priorities: names(raw.priorities, at('priorities'), errors),
    issueTypes: names(raw.issueTypes, at('issueTypes'), errors),
    publicOnly,
    locale: isLocale(raw.locale) ? raw.locale : 'en',
    ...(raw.topicPerIssue === true ? { topicPerIssue: true } : {}),
  };
}

function parseEmojis(raw: unknown, errors: FieldErrors): TelegramSettings['emojis'] {
  const input = isRecord(raw) ? raw : {};
  const out = { ...DEFAULT_TELEGRAM.emojis };
  for (const type of NOTIFICATION_EVENT_TYPES) {
    const value = input[type];
    if (value === undefined) continue;
    const text = typeof value === 'string' ? value.trim() : '';
    if (text === '' || text.length > L.maxEmojiLength || /[<>&\n]/.test(text)) errors[`emojis.${type}`] = 'validation.telegram.emoji';
    else out[type] = text;
  }
  return out;
}

export function parseTelegramSettings(input: unknown): { value?: TelegramSettings; errors: FieldErrors } {
  const errors: FieldErrors = {};
  if (!isRecord(input)) return { errors: { _: 'validation.required' } };
  const rawRoutes = Array.isArray(input.routes) ? input.routes : [];
  if (rawRoutes.length > L.maxRoutes) errors.routes = 'validation.tooMany';
  const routes = rawRoutes.slice(0, L.maxRoutes).flatMap((r, i) => parseRoute(r, i, errors) ?? []);
  const seenIds = new Set<string>();
  const seenTargets = new Set<string>();
  routes.forEach((r, i) => {
    if (seenIds.has(r.id)) errors[`routes.${i}.id`] = 'validation.telegram.duplicateRoute';
    const target = `${r.projectKey}|${r.chatId}|${r.topicId ?? ''}`;
    if (seenTargets.has(target)) errors[`routes.${i}.chatId`] = 'validation.telegram.duplicateRoute';
    seenIds.add(r.id);
    seenTargets.add(target);
  });
  const digestRaw = isRecord(input.digest) ? input.digest : {};
  const threshold = digestRaw.threshold === undefined ? DEFAULT_TELEGRAM.digest.threshold : digestRaw.threshold;
  if (typeof threshold !== 'number' || !Number.isInteger(threshold) || threshold < L.digestThresholdMin || threshold > L.digestThresholdMax) {
    errors['digest.threshold'] = 'validation.telegram.digestThreshold';
  }
  const value: TelegramSettings = {
    emojis: parseEmojis(input.emojis, errors),
    routes,
    digest: { enabled: digestRaw.enabled !== false, threshold: typeof threshold === 'number' ? threshold : DEFAULT_TELEGRAM.digest.threshold },
    ...(input.conversation === undefined || input.conversation === null ? {} : { conversation: parseConversationSettings(input.conversation, errors) }),
  };
  return Object.keys(errors).length > 0 ? { errors } : { value, errors };
}
