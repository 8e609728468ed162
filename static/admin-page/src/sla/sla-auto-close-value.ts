// The auto-close part of the SLA section's draft and its wire form. Pure. The defaults prefill a section
// saved before auto-close existed; they equal the server's DEFAULT_AUTO_CLOSE (a unit test checks).
// Relative imports only (no @shared/@ui aliases): the root unit suite imports this file too.
import type { Locale } from '../../../../src/shared/i18n';

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export type SilenceUnit = 'hours' | 'days';

export type AutoCloseDraft = {
  readonly enabled: boolean;
  readonly waitingStatuses: string;
  readonly remindAmount: string;
  readonly remindUnit: SilenceUnit;
  readonly closeAmount: string;
  readonly closeUnit: SilenceUnit;
  readonly closeVia: string;
  readonly resolution: string;
  readonly reminderText: Readonly<Record<Locale, string>>;
  readonly closingText: Readonly<Record<Locale, string>>;
};

export const AUTO_CLOSE_DEFAULTS = {
  enabled: false,
  waitingStatuses: ['Waiting for customer'],
  remindAfter: { amount: 2, unit: 'days' },
  closeAfter: { amount: 1, unit: 'days' },
  closeVia: ['Resolved'],
  resolution: 'Done',
  reminderText: {
    en: 'We are still waiting for your reply. If we do not hear from you, this request will be closed automatically.',
    ru: 'Мы всё ещё ждём вашего ответа. Если ответа не будет, обращение будет закрыто автоматически.',
  },
  closingText: {
    en: 'No response: we closed this request because we did not hear back. Reply here or open a new request if you still need help.',
    ru: 'Нет ответа: мы закрыли обращение, так как не получили ответа. Напишите сюда или создайте новое обращение, если помощь всё ещё нужна.',
  },
} as const;

const text = (v: unknown, fallback: string): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : fallback);
const names = (v: unknown, fallback: readonly string[]): string => (Array.isArray(v) ? v.filter((x) => typeof x === 'string') : fallback).join(', ');
const unit = (v: unknown, fallback: SilenceUnit): SilenceUnit => (v === 'hours' || v === 'days' ? v : fallback);

export function toAutoCloseDraft(raw: unknown): AutoCloseDraft {
  const r = isRecord(raw) ? raw : {};
  const d = AUTO_CLOSE_DEFAULTS;
  const remind = isRecord(r.remindAfter) ? r.remindAfter : {};
  const close = isRecord(r.closeAfter) ? r.closeAfter : {};
  const reminder = isRecord(r.reminderText) ? r.reminderText : {};
  const closing = isRecord(r.closingText) ? r.closingText : {};
  return {
    enabled: r.enabled === true,
    waitingStatuses: names(r.waitingStatuses, d.waitingStatuses),
    remindAmount: text(remind.amount, String(d.remindAfter.amount)),
    remindUnit: unit(remind.unit, d.remindAfter.unit),
    closeAmount: text(close.amount, String(d.closeAfter.amount)),
    closeUnit: unit(close.unit, d.closeAfter.unit),
    closeVia: names(r.closeVia, d.closeVia),
    resolution: r.resolution === null ? '' : text(r.resolution, d.resolution),
    reminderText: { en: text(reminder.en, d.reminderText.en), ru: text(reminder.ru, d.reminderText.ru) },
    closingText: { en: text(closing.en, d.closingText.en), ru: text(closing.ru, d.closingText.ru) },
  };
}

const list = (v: string): string[] => v.split(',').map((s) => s.trim()).filter(Boolean);
const amount = (v: string): number | string => (/^\s*\d+\s*$/.test(v) ? Number(v) : v);

export function fromAutoCloseDraft(d: AutoCloseDraft): Record<string, unknown> {
  return {
    enabled: d.enabled,
    waitingStatuses: list(d.waitingStatuses),
    remindAfter: { amount: amount(d.remindAmount), unit: d.remindUnit },
    closeAfter: { amount: amount(d.closeAmount), unit: d.closeUnit },
    closeVia: list(d.closeVia),
    resolution: d.resolution.trim() === '' ? null : d.resolution.trim(),
    reminderText: { en: d.reminderText.en.trim(), ru: d.reminderText.ru.trim() },
    closingText: { en: d.closingText.en.trim(), ru: d.closingText.ru.trim() },
  };
}
