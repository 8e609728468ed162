// CSV export of the support-lines panel (KPIs, weekly trend, table by engineer, CSAT comments for leads and
// admins), built in the browser from the panel's figures. RFC 4180 quoting, and formula-injection safe: a
// text cell starting with = + - @, a tab or a carriage return is prefixed with an apostrophe so spreadsheets
// never evaluate it. Pure.
import type { CsatCommentDto, PanelDto } from './contract-lines';

export type CsvCell = string | number | null;

const FORMULA = /^[=+\-@\t\r]/;

export function csvCell(value: CsvCell): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(Math.round(value * 10_000) / 10_000) : '';
  const safe = FORMULA.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csvLine(cells: readonly CsvCell[]): string {
  return cells.map(csvCell).join(',');
}

/** Headings are passed in (translated by the caller); rows follow the panel's current filters. */
export type CsvHeadings = { readonly kpi: readonly string[]; readonly trend: readonly string[]; readonly people: readonly string[] };

/** CSAT comments (leads and admins only: the caller passes them only when the server returned them). */
export type CsvComments = { readonly heading: readonly string[]; readonly anonymousLabel: string; readonly rows: readonly CsatCommentDto[] };

/** Issue, cycle, score, comment, rater (marked when anonymous to the engineer), engineer, rated at. */
export function commentLines(c: CsvComments): string[] {
  return [csvLine(c.heading), ...c.rows.map((r) => csvLine([
    r.issueKey, r.cycle, r.score, r.comment, r.anonymous ? `${r.rater.name} (${c.anonymousLabel})` : r.rater.name, r.engineer?.name ?? null, r.ratedAt,
  ]))];
}

export function panelCsv(panel: PanelDto, h: CsvHeadings, labels: Readonly<Record<string, string>>, comments?: CsvComments): string {
  const k = panel.kpis;
  const rate = (r: { num: number; den: number; rate: number | null }, name: string): CsvCell[] => [labels[name] ?? name, r.rate, r.num, r.den];
  const lines: string[] = [
    csvLine(h.kpi),
    csvLine(rate(k.reopenRate, 'reopenRate')),
    csvLine(rate(k.fcr, 'fcr')),
    csvLine(rate(k.repeatContactRate, 'repeatContacts')),
    csvLine([labels.csat ?? 'csat', k.csat.average, k.csat.count, null]),
    ...k.csat.distribution.map((n, i) => csvLine([`${labels.csat ?? 'csat'} ${i + 1}`, n, null, null])),
    csvLine(rate(k.sla.firstResponse, 'slaFirstResponse')),
    csvLine(rate(k.sla.resolution, 'slaResolution')),
    csvLine(rate(k.sla.handoff, 'slaHandoff')),
    csvLine([labels.handoffMedian ?? 'handoffMedian', k.handoff.median, k.handoff.count, null]),
    csvLine([labels.handoffP90 ?? 'handoffP90', k.handoff.p90, k.handoff.count, null]),
    csvLine([labels.reactionMedian ?? 'reactionMedian', k.reaction.median, k.reaction.count, null]),
    csvLine([labels.reactionP90 ?? 'reactionP90', k.reaction.p90, k.reaction.count, null]),
    '',
    csvLine(h.trend),
    ...panel.trends.map((t) => csvLine([t.week, t.load, t.resolved, t.reopenRate, t.csatAverage, t.slaResolution, t.handoffMedian])),
  ];
  if (panel.people) {
    lines.push('', csvLine(h.people));
    for (const p of panel.people) lines.push(csvLine([p.name, p.accountId, p.line, p.load, p.resolved, p.reopened, p.reopenRate, p.csatAverage, p.csatCount, p.slaMet, p.slaTotal, p.slaRate]));
  }
  if (comments) lines.push('', ...commentLines(comments));
  return `${lines.join('\r\n')}\r\n`;
}
