// The SLA clocks of one issue for the issue panel and the issue context, read as the calling user: Jira
// answers 404 when they may not see the issue (and the stored state is read as them too). The state is
// the one the engine stored; an issue never computed is computed once here (as the app). The working
// spans ahead let the browser count down without asking again; the auto-close state comes from storage.
import { SLA_PROPERTY_KEY } from '../../model/sla/live-state';
import type { IssuePropertyReader, JiraPort } from '../../ports';
import type { SlaAutoCloseViewDto, SlaIssueViewDto } from '../../../shared/contract-sla';
import { DEFAULT_AUTO_CLOSE } from '../../model/sla/auto-close';
import { clocksOf, workingSpansAhead } from '../../rules/sla/issue-view';
import type { AutoCloseRecord } from './auto-close';
import { projectOf, readSlaConfig } from './read-sla-config';
import { refreshIssueSla, type SlaServices } from './refresh-issue-sla';
import { autoCloseKey } from './sla-keys';

export type SlaViewDeps = SlaServices & {
  readonly jiraAsUser: Pick<JiraPort, 'getIssue'>;
  readonly propertiesAsUser: IssuePropertyReader;
};

const iso = (ms: number | null | undefined): string | null => (typeof ms === 'number' && Number.isFinite(ms) ? new Date(ms).toISOString() : null);

export function autoCloseView(record: AutoCloseRecord | undefined): SlaAutoCloseViewDto {
  const status = record?.status ?? { kind: 'notWaiting' as const };
  const failure = record?.failure ?? null;
  return {
    state: record?.closedAt && status.kind === 'notWaiting' ? 'closed' : status.kind,
    since: status.kind === 'notWaiting' ? null : iso(status.anchorAt),
    action: status.kind === 'silent' ? status.action : null,
    dueAt: status.kind === 'silent' ? iso(status.dueAt) : null,
    remindedAt: iso(record?.remindedAt),
    replyAt: status.kind === 'answered' ? iso(status.replyAt) : null,
    closedAt: iso(record?.closedAt),
    failure: failure ? { at: iso(failure.at) ?? '', code: failure.code, status: failure.status, detail: failure.detail } : null,
  };
}

export async function getSlaIssueView(deps: SlaViewDeps, issueKey: string): Promise<SlaIssueViewDto> {
  const issue = await deps.jiraAsUser.getIssue(issueKey); // 404 for people who may not see it
  const config = await readSlaConfig(deps.store);
  const projectKey = issue.projectKey || projectOf(issue.key);
  const calendar = config.settings.calendar;
  const base = {
    issueKey: issue.key, projectKey, statusName: issue.status.name, computedAt: null, serverNow: deps.clock.now().toISOString(), stale: false,
    calendar: { name: calendar.name, timeZone: calendar.timeZone, always: false }, workingSpans: [], horizon: null, clocks: [], autoClose: null,
  };
  if (!config.projectKeys.includes(projectKey)) return { ...base, availability: 'notServed' };

  let parsed = clocksOf(await deps.propertiesAsUser.getIssueProperty(issue.key, SLA_PROPERTY_KEY));
  if (!parsed) {
    await refreshIssueSla(deps, issue.key, config); // never computed (an issue older than the app, say): once, as the app
    parsed = clocksOf(await deps.propertiesAsUser.getIssueProperty(issue.key, SLA_PROPERTY_KEY));
  }
  if (!parsed) return { ...base, availability: 'pending' };

  const spans = workingSpansAhead(calendar, parsed.computedAt, parsed.clocks);
  const autoCloseOn = (config.settings.autoClose ?? DEFAULT_AUTO_CLOSE).enabled;
  return {
    ...base,
    availability: 'ok',
    computedAt: new Date(parsed.computedAt).toISOString(),
    stale: parsed.config !== config.signature,
    calendar: { ...base.calendar, always: spans.always },
    workingSpans: spans.spans,
    horizon: spans.horizon,
    clocks: parsed.clocks,
    autoClose: autoCloseOn ? autoCloseView(await deps.store.get<AutoCloseRecord>(autoCloseKey(issue.key))) : null,
  };
}
