// The auto-close part of the SLA section's draft and its wire form. Pure. The server's defaults
// (src/shared/sla-auto-close.ts) prefill a section saved before auto-close existed.
// Relative imports only (no @shared/@ui aliases): the root unit suite imports this file too.
import { DEFAULT_AUTO_CLOSE, type LocalizedText, type SilenceUnit } from '../../../../src/shared/sla-auto-close';

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export type { SilenceUnit };

export type AutoCloseDraft = {
  readonly enabled: boolean;
  readonly waitingStatuses: string;
  readonly remindAmount: string;
  readonly remindUnit: SilenceUnit;
  readonly closeAmount: string;
  readonly closeUnit: SilenceUnit;
  readonly closeVia: string;
  readonly resolution: string;
  readonly reminderText: LocalizedText;
  readonly closingText: LocalizedText;
};

const text = (v: unknown, fallback: string): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : fallback);
const names = (v: unknown, fallback: readonly string[]): string => (Array.isArray(v) ? v.filter((x) => typeof x === 'string') : fallback).join(', ');
const unit = (v: unknown, fallback: SilenceUnit): SilenceUnit => (v === 'hours' || v === 'days' ? v : fallback);

export function toAutoCloseDraft(raw: unknown): AutoCloseDraft {
  const r = isRecord(raw) ? raw : {};
  const d = DEFAULT_AUTO_CLOSE;
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
    resolution: r.resolution === null ? '' : text(r.resolution, d.resolution ?? ''),
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
