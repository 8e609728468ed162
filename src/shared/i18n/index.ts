// The one i18n table for the UI, the backend and the bot. Pure: no platform imports.
import { messagesEn, type MessageKey } from './messages-en';
import { messagesRu } from './messages-ru';

export type { MessageKey } from './messages-en';
export const LOCALES = ['en', 'ru'] as const;
export type Locale = (typeof LOCALES)[number];

const tables: Readonly<Record<Locale, Readonly<Record<MessageKey, string>>>> = { en: messagesEn, ru: messagesRu };

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** Maps Jira/Telegram locale tags (`ru_RU`, `ru-RU`, `uk`) to a supported locale, English otherwise. */
export function toLocale(tag: string | undefined | null): Locale {
  const base = (tag ?? '').toLowerCase().split(/[-_]/)[0];
  return isLocale(base) ? base : 'en';
}

export function translate(
  locale: Locale,
  key: MessageKey,
  params: Readonly<Record<string, string | number>> = {},
): string {
  const template = tables[locale][key] ?? messagesEn[key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}
