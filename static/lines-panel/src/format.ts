// Number formatting and the health thresholds of PRODUCT.md: reopen rate under 5 % is healthy; SLA
// compliance 95 % and above is excellent, under 85 % at risk. Pure helpers for the panel's components.
import type { ThemeAppearance } from '@atlaskit/lozenge';
import type { Locale, MessageKey } from '@shared/contract';

export type Health = { readonly appearance: ThemeAppearance; readonly label: MessageKey };

export function reopenHealth(rate: number | null): Health | null {
  if (rate === null) return null;
  if (rate < 0.05) return { appearance: 'success', label: 'lines.health.good' };
  if (rate < 0.1) return { appearance: 'moved', label: 'lines.health.watch' };
  return { appearance: 'removed', label: 'lines.health.risk' };
}

export function slaHealth(rate: number | null): Health | null {
  if (rate === null) return null;
  if (rate >= 0.95) return { appearance: 'success', label: 'lines.health.excellent' };
  if (rate >= 0.85) return { appearance: 'inprogress', label: 'lines.health.good' };
  return { appearance: 'removed', label: 'lines.health.risk' };
}

export function percent(locale: Locale, rate: number | null): string {
  if (rate === null) return '—';
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(rate);
}

export function decimal(locale: Locale, value: number | null, digits = 2): string {
  return value === null ? '—' : new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value);
}

/** Business minutes as "45 min", "2.5 h" or "3.1 d". */
export function duration(locale: Locale, t: (key: MessageKey, p?: Record<string, string | number>) => string, minutes: number | null): string {
  if (minutes === null) return '—';
  if (minutes < 60) return t('lines.unit.minutes', { n: minutes });
  if (minutes < 24 * 60) return t('lines.unit.hours', { n: decimal(locale, minutes / 60, 1) });
  return t('lines.unit.days', { n: decimal(locale, minutes / (24 * 60), 1) });
}

/** The Monday after `week` (YYYY-MM-DD): the exclusive end of a period for JQL. */
export function nextWeek(week: string): string {
  return new Date(Date.parse(`${week}T00:00:00Z`) + 7 * 86_400_000).toISOString().slice(0, 10);
}
