// Reads a person's chat answer to one question: a select by number or by its text, a moment in the formats
// people type ("now", "14:30", "yesterday 9:00", "02.11.2026 14:30", ISO; UTC unless an offset is given),
// "-" to skip an optional question. Then the template's own validators decide (validateAnswers), so the
// chat accepts exactly what the Jira form accepts. Pure: `now` comes in.
import type { MessageKey } from '../../../../shared/i18n';
import type { TemplateDefinition } from '../../../model/template/types';
import { parseMoment } from '../../../rules/template/parse-moment';
import { validateAnswers } from '../../../rules/template/validate-answers';
import type { DraftQuestion } from './intake-model';

export type ParsedAnswer =
  | { readonly kind: 'value'; readonly value: string | number }
  | { readonly kind: 'skip' }
  | { readonly kind: 'error'; readonly key: MessageKey; readonly params?: Readonly<Record<string, string | number>> };

const SKIP = new Set(['-', '—', 'skip', 'пропустить', 'нет', 'no']);
const NOW = new Set(['now', 'сейчас', 'только что', 'just now']);
const DAY_MS = 86_400_000;
const pad = (n: number): string => String(n).padStart(2, '0');

function zoneOf(raw: string | undefined): string {
  if (!raw || /^(z|utc|gmt)$/i.test(raw)) return 'Z';
  const m = /^([+-])(\d{1,2}):?(\d{2})?$/.exec(raw);
  return m ? `${m[1]}${pad(Number(m[2]))}:${m[3] ?? '00'}` : 'Z';
}

const iso = (y: number, mo: number, d: number, h: number, mi: number, zone: string): string | undefined =>
  parseMoment(`${y}-${pad(mo)}-${pad(d)}T${pad(h)}:${pad(mi)}${zone}`);

const TIME = String.raw`(\d{1,2})[:.](\d{2})(?:\s*(z|utc|gmt|[+-]\d{1,2}(?::?\d{2})?))?`;
const FULL = new RegExp(String.raw`^(\d{4})-(\d{1,2})-(\d{1,2})[ t]+${TIME}$`, 'i');
const DOTTED = new RegExp(String.raw`^(\d{1,2})\.(\d{1,2})(?:\.(\d{4}))?,?\s+${TIME}$`, 'i');
const RELATIVE_DAY = new RegExp(String.raw`^(today|сегодня|yesterday|вчера)?,?\s*${TIME}$`, 'i');
const AGO = /^(\d{1,4})\s*(m|min|mins|minutes?|мин|минут[аы]?|h|hours?|ч|час(?:а|ов)?)\s*(ago|назад)$/i;

/** A moment people type, as ISO-8601 UTC; undefined when it is not one. */
export function parseHumanMoment(text: string, now: Date): string | undefined {
  const t = text.trim().toLowerCase().replace(/\s+/g, ' ');
  if (NOW.has(t)) return now.toISOString();
  const exact = parseMoment(text.trim());
  if (exact) return exact;
  let m = FULL.exec(t);
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4]), Number(m[5]), zoneOf(m[6]));
  m = DOTTED.exec(t);
  if (m) return iso(Number(m[3] ?? now.getUTCFullYear()), Number(m[2]), Number(m[1]), Number(m[4]), Number(m[5]), zoneOf(m[6]));
  m = AGO.exec(t);
  if (m) return new Date(now.getTime() - Number(m[1]) * (/^(h|ч)/.test(m[2] ?? '') ? 3600_000 : 60_000)).toISOString();
  m = RELATIVE_DAY.exec(t);
  if (!m) return undefined;
  const yesterday = m[1] === 'yesterday' || m[1] === 'вчера';
  const base = new Date(now.getTime() - (yesterday ? DAY_MS : 0));
  const at = iso(base.getUTCFullYear(), base.getUTCMonth() + 1, base.getUTCDate(), Number(m[2]), Number(m[3]), zoneOf(m[4]));
  // "23:50" said at 00:10 means last night, not tonight.
  if (at && m[1] === undefined && Date.parse(at) > now.getTime() + 5 * 60_000) return new Date(Date.parse(at) - DAY_MS).toISOString();
  return at;
}

function selectOption(q: DraftQuestion, text: string): string | undefined {
  if (q.field.type !== 'select') return undefined;
  const options = q.field.options;
  const n = /^\d{1,3}$/.test(text) ? Number(text) : NaN;
  if (Number.isInteger(n) && n >= 1 && n <= options.length) return options[n - 1]?.id;
  const wanted = text.toLowerCase();
  const texts = (o: (typeof options)[number]): string[] => [o.id, o.jiraValue ?? '', ...Object.values(o.label)].map((t) => t.trim().toLowerCase()).filter((t) => t !== '');
  return options.find((o) => texts(o).includes(wanted))?.id;
}

export function parseAnswer(q: DraftQuestion, raw: string, template: TemplateDefinition, now: Date): ParsedAnswer {
  const text = raw.trim();
  if (!q.field.required && SKIP.has(text.toLowerCase())) return { kind: 'skip' };
  if (text === '') return { kind: 'error', key: 'validation.required' };
  let value: string | number = text;
  if (q.field.type === 'select') {
    const id = selectOption(q, text);
    if (id === undefined) return { kind: 'error', key: 'tg.intake.error.option', params: { count: q.field.options.length } };
    value = id;
  } else if (q.field.type === 'dateTime') {
    const moment = parseHumanMoment(text, now);
    if (moment === undefined) return { kind: 'error', key: 'tg.intake.error.dateTime' };
    value = moment;
  } else if (q.field.type === 'number') {
    value = text.replace(',', '.');
  }
  if (q.minLength !== null && text.length < q.minLength) return { kind: 'error', key: 'tg.intake.error.minLength', params: { min: q.minLength } };
  const checked = validateAnswers({ ...template, fields: [q.field] }, { [q.field.id]: value }, now);
  const error = checked.errors[q.field.id];
  if (error) return { kind: 'error', key: error };
  const clean = checked.answers[q.field.id];
  return clean === undefined ? { kind: 'skip' } : { kind: 'value', value: clean };
}
