// The reply after filing: the key (a link to the issue in Jira), the priority, the resolution target the
// SLA settings give for it (business time), a short echo of the summary (capped, with a note) and how to
// follow it. The Jira site's address is learnt once from an issue read and kept.
import type { Locale } from '../../../../shared/i18n';
import type { FiledIncident } from '../../../model/template/incident';
import { selectGoal } from '../../../rules/sla/goals';
import { link, safeText } from '../../../rules/telegram/html';
import { readSlaConfig } from '../../lines/sla-config';
import type { UpdateDeps } from '../dispatch-types';
import { INTAKE_KEYS, type Draft } from './intake-model';
import { say } from './reply';

/** `https://site.atlassian.net`, read from an issue the first time and kept. */
export async function siteBase(deps: UpdateDeps, issueKey: string): Promise<string | null> {
  const known = await deps.store.get<string>(INTAKE_KEYS.site);
  if (known) return known;
  const issue = await deps.intake.issues.issue(issueKey, null);
  const base = issue ? issue.url.replace(/\/browse\/[^/]*$/, '') : '';
  if (!/^https?:\/\//.test(base)) return null;
  await deps.store.set(INTAKE_KEYS.site, base);
  return base;
}

export function formatMinutes(minutes: number, locale: Locale): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  const hUnit = locale === 'ru' ? 'ч' : 'h';
  const mUnit = locale === 'ru' ? 'мин' : 'min';
  return [h > 0 ? `${h} ${hUnit}` : '', m > 0 ? `${m} ${mUnit}` : ''].filter(Boolean).join(' ') || `0 ${mUnit}`;
}

/** The resolution goal for this priority (minutes), when the SLA settings have one. */
export async function resolutionTarget(deps: UpdateDeps, draft: Draft, priorityName: string): Promise<number | null> {
  const config = await readSlaConfig(deps.store);
  const resolution = config.definitions.find((d) => d.metric === 'resolution');
  if (!resolution) return null;
  const goal = selectGoal(resolution.goals, {
    issueKey: '', projectKey: draft.projectKey, issueType: draft.issueTypeName, labels: ['linebridge'], created: 0,
    initial: { status: { id: '', name: '', category: 'new' }, priority: priorityName, assignee: null, line: null }, events: [],
  }, priorityName);
  return goal ? Math.round(goal.targetMs / 60_000) : null;
}

export async function resultText(deps: UpdateDeps, draft: Draft, filed: FiledIncident, locale: Locale): Promise<string> {
  const base = await siteBase(deps, filed.issueKey).catch(() => null);
  const keyHtml = base ? link(`${base}/browse/${filed.issueKey}`, `<b>${safeText(filed.issueKey, 40)}</b>`) : `<b>${safeText(filed.issueKey, 40)}</b>`;
  const lines = [say(locale, 'tg.intake.filed', { person: draft.person.name }).replace('{key}', keyHtml)];
  lines.push(say(locale, 'tg.intake.filedPriority', { priority: filed.priorityName }));
  const target = await resolutionTarget(deps, draft, filed.priorityName);
  if (target !== null) lines.push(say(locale, 'tg.intake.filedTarget', { target: formatMinutes(target, locale) }));
  lines.push(say(locale, 'tg.intake.filedFollow', { key: filed.issueKey }));
  return lines.join('\n');
}
