// The `sla` settings section: the SLA definitions (per metric: start/stop/pause, goals per priority,
// warning threshold), the business calendar and the auto-close of silent requests, validated by the clock's own parsers. Pure.
import type { FieldErrors } from '../config/general';
import { parseAutoClose, type AutoCloseSettings } from './auto-close';
import { DEFAULT_CALENDAR, type SlaCalendar } from './calendar';
import { DEFAULT_SLA_DEFINITIONS } from './defaults';
import type { SlaDefinition } from './definition';
import { parseSlaCalendar } from './parse-calendar';
import { parseSlaDefinitions } from './parse-definitions';
import { isRecord } from './parse-helpers';

export type SlaSettings = {
  readonly definitions: readonly SlaDefinition[];
  readonly calendar: SlaCalendar;
  /** Auto-close of silent requests; absent = disabled (DEFAULT_AUTO_CLOSE). */
  readonly autoClose?: AutoCloseSettings;
};

export const DEFAULT_SLA_SETTINGS: SlaSettings = { definitions: DEFAULT_SLA_DEFINITIONS, calendar: DEFAULT_CALENDAR };

function prefixed(errors: FieldErrors, prefix: string): FieldErrors {
  return Object.fromEntries(Object.entries(errors).map(([path, key]) => [path === '_' ? prefix : `${prefix}.${path}`, key]));
}

/** Parses untrusted input; error paths start with `definitions.` or `calendar.` ("calendar.week.mon.0.from"). */
export function parseSlaSettings(input: unknown): { value?: SlaSettings; errors: FieldErrors } {
  if (!isRecord(input)) return { errors: { _: 'validation.required' } };
  const definitions = parseSlaDefinitions(input.definitions);
  const calendar = parseSlaCalendar(input.calendar);
  const autoClose = parseAutoClose(input.autoClose);
  const errors = { ...prefixed(definitions.errors, 'definitions'), ...prefixed(calendar.errors, 'calendar'), ...prefixed(autoClose.errors, 'autoClose') };
  if (definitions.value === undefined || calendar.value === undefined || autoClose.value === undefined || Object.keys(errors).length > 0) return { errors };
  const base = { definitions: definitions.value, calendar: calendar.value };
  return { value: input.autoClose === undefined ? base : { ...base, autoClose: autoClose.value }, errors: {} };
}

/** A stored value read back (already validated on save); anything unreadable falls back to the defaults. */
export function readSlaSettings(stored: unknown): SlaSettings {
  return parseSlaSettings(stored).value ?? DEFAULT_SLA_SETTINGS;
}
