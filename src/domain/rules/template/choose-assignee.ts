// Who gets a newly filed incident: the client's fixed engineer when one is mapped and not away, else the
// project's strategy over the team minus people away that day (round robin by a ticket number, or the
// fewest open issues). An empty team means the members of the line-2 group (general settings), ordered by
// account id so round robin is stable. Pure: the group's members, the ticket and the loads come in; the use
// case fetches them only when the plan asks.
import type { AssignmentSettings, AwayEntry, ProjectAssignment } from '../../model/template/assignment';

export type AssignmentReason =
  | 'clientMapping'
  | 'roundRobin'
  | 'leastLoaded'
  /** Nothing configured for the project, or the strategy is `none`. */
  | 'notConfigured'
  /** Everyone who could take it is away. */
  | 'everyoneAway'
  /** The team is the line-2 group, and that group is missing or has no active members. */
  | 'emptyGroup';

/** The line-2 group as the plan needs it: its name and its active members (null: Jira has no such group). */
export type Line2Group = { readonly name: string; readonly members: readonly string[] | null };

/** What the rule needs next: nothing (decided), a round-robin ticket, or the open-issue counts of candidates. */
export type AssignmentPlan =
  | { readonly kind: 'decided'; readonly accountId: string | null; readonly reason: AssignmentReason; readonly skippedAway: readonly string[]; readonly group?: string }
  /** The team is the line-2 group: plan again with its members. */
  | { readonly kind: 'needsGroupMembers' }
  | { readonly kind: 'roundRobin'; readonly candidates: readonly string[]; readonly skippedAway: readonly string[]; readonly group?: string }
  | { readonly kind: 'leastLoaded'; readonly candidates: readonly string[]; readonly skippedAway: readonly string[]; readonly group?: string };

export type AssignmentDecision = {
  readonly accountId: string | null;
  readonly reason: AssignmentReason;
  /** People passed over because they are away (client engineer or team members). */
  readonly skippedAway: readonly string[];
  /** The open-issue count of the chosen engineer (least loaded only). */
  readonly load?: number;
  /** The line-2 group the team was read from (empty team only). */
  readonly group?: string;
};

/** `YYYY-MM-DD` of a moment, UTC: the calendar the away list is written in. */
export const dayOf = (now: Date): string => now.toISOString().slice(0, 10);

export function isAway(away: readonly AwayEntry[], accountId: string, day: string): boolean {
  return away.some((e) => e.accountId === accountId && e.from <= day && day <= e.to);
}

export function projectAssignment(settings: AssignmentSettings, projectKey: string): ProjectAssignment | undefined {
  return settings.projects.find((p) => p.projectKey === projectKey.toUpperCase());
}

/** The group's members as a team: unique, sorted by account id (code-unit order, locale-independent). */
export function teamFromGroup(members: readonly string[]): string[] {
  return [...new Set(members)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

export type PlanInput = { readonly projectKey: string; readonly clientId: string | null; readonly now: Date; readonly line2Group?: Line2Group };

export function planAssignment(settings: AssignmentSettings, input: PlanInput): AssignmentPlan {
  const project = projectAssignment(settings, input.projectKey);
  if (!project) return { kind: 'decided', accountId: null, reason: 'notConfigured', skippedAway: [] };
  const day = dayOf(input.now);
  const skippedAway: string[] = [];
  const clientId = input.clientId?.trim().toLowerCase();
  const mapped = clientId ? project.clientMap.find((m) => m.clientId.trim().toLowerCase() === clientId) : undefined;
  if (mapped) {
    if (!isAway(settings.away, mapped.accountId, day)) return { kind: 'decided', accountId: mapped.accountId, reason: 'clientMapping', skippedAway };
    skippedAway.push(mapped.accountId);
  }
  if (project.strategy === 'none') return { kind: 'decided', accountId: null, reason: mapped ? 'everyoneAway' : 'notConfigured', skippedAway };
  let team = project.team;
  const group = project.team.length === 0 ? input.line2Group : undefined;
  if (project.team.length === 0) {
    if (!group) return { kind: 'needsGroupMembers' };
    team = teamFromGroup(group.members ?? []);
    if (team.length === 0) return { kind: 'decided', accountId: null, reason: 'emptyGroup', skippedAway, group: group.name };
  }
  const via = group ? { group: group.name } : {};
  const candidates = team.filter((a) => {
    const away = isAway(settings.away, a, day);
    if (away && !skippedAway.includes(a)) skippedAway.push(a);
    return !away;
  });
  if (candidates.length === 0) return { kind: 'decided', accountId: null, reason: 'everyoneAway', skippedAway, ...via };
  return { kind: project.strategy, candidates, skippedAway, ...via };
}

/** Ticket n (1, 2, 3 …, unique per filing) → the n-th candidate, cycling. */
export function pickRoundRobin(candidates: readonly string[], ticket: number): string | null {
  if (candidates.length === 0) return null;
  const index = (((ticket - 1) % candidates.length) + candidates.length) % candidates.length;
  return candidates[index] ?? null;
}

/** Fewest open issues; ties go to the earlier in the team's order (stable, predictable). */
export function pickLeastLoaded(candidates: readonly string[], loads: ReadonlyMap<string, number>): { accountId: string; load: number } | null {
  let best: { accountId: string; load: number } | null = null;
  for (const accountId of candidates) {
    const load = loads.get(accountId) ?? Number.POSITIVE_INFINITY;
    if (!best || load < best.load) best = { accountId, load };
  }
  return best && Number.isFinite(best.load) ? best : null;
}

/** A one-line reason for the history (English: it is read by admins and auditors, not by clients). */
export function describeDecision(d: AssignmentDecision): string {
  const away = d.skippedAway.length > 0 ? `; skipped as away: ${d.skippedAway.join(', ')}` : '';
  const team = d.group === undefined ? 'the line-2 team' : `the line-2 group ${d.group}`;
  switch (d.reason) {
    case 'clientMapping':
      return `fixed engineer for this client${away}`;
    case 'roundRobin':
      return `round robin within ${team}${away}`;
    case 'leastLoaded':
      return `least loaded in ${team} (${d.load ?? '?'} open issues)${away}`;
    case 'everyoneAway':
      return `not assigned: everyone who could take it is away${away}`;
    case 'emptyGroup':
      return `not assigned: line-2 group ${d.group ?? '?'} has no members${away}`;
    default:
      return 'not assigned: no assignment rule for this project';
  }
}
