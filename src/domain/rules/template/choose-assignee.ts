// Who gets a newly filed incident: the client's fixed engineer when one is mapped and not away, else the
// project's strategy over the team minus people away that day (round robin by a ticket number, or the
// fewest open issues). Pure: the ticket and the loads come in; the use case fetches them only when needed.
import type { AssignmentSettings, AwayEntry, ProjectAssignment } from '../../model/template/assignment';

export type AssignmentReason =
  | 'clientMapping'
  | 'roundRobin'
  | 'leastLoaded'
  /** Nothing configured for the project, or the strategy is `none`. */
  | 'notConfigured'
  /** Everyone who could take it is away. */
  | 'everyoneAway';

/** What the rule needs next: nothing (decided), a round-robin ticket, or the open-issue counts of candidates. */
export type AssignmentPlan =
  | { readonly kind: 'decided'; readonly accountId: string | null; readonly reason: AssignmentReason; readonly skippedAway: readonly string[] }
  | { readonly kind: 'roundRobin'; readonly candidates: readonly string[]; readonly skippedAway: readonly string[] }
  | { readonly kind: 'leastLoaded'; readonly candidates: readonly string[]; readonly skippedAway: readonly string[] };

export type AssignmentDecision = {
  readonly accountId: string | null;
  readonly reason: AssignmentReason;
  /** People passed over because they are away (client engineer or team members). */
  readonly skippedAway: readonly string[];
  /** The open-issue count of the chosen engineer (least loaded only). */
  readonly load?: number;
};

/** `YYYY-MM-DD` of a moment, UTC: the calendar the away list is written in. */
export const dayOf = (now: Date): string => now.toISOString().slice(0, 10);

export function isAway(away: readonly AwayEntry[], accountId: string, day: string): boolean {
  return away.some((e) => e.accountId === accountId && e.from <= day && day <= e.to);
}

export function projectAssignment(settings: AssignmentSettings, projectKey: string): ProjectAssignment | undefined {
  return settings.projects.find((p) => p.projectKey === projectKey.toUpperCase());
}

export function planAssignment(settings: AssignmentSettings, input: { readonly projectKey: string; readonly clientId: string | null; readonly now: Date }): AssignmentPlan {
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
  const candidates = project.team.filter((a) => {
    const away = isAway(settings.away, a, day);
    if (away && !skippedAway.includes(a)) skippedAway.push(a);
    return !away;
  });
  if (candidates.length === 0) return { kind: 'decided', accountId: null, reason: 'everyoneAway', skippedAway };
  return { kind: project.strategy, candidates, skippedAway };
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
  switch (d.reason) {
    case 'clientMapping':
      return `fixed engineer for this client${away}`;
    case 'roundRobin':
      return `round robin within the line-2 team${away}`;
    case 'leastLoaded':
      return `least loaded in the line-2 team (${d.load ?? '?'} open issues)${away}`;
    case 'everyoneAway':
      return `not assigned: everyone who could take it is away${away}`;
    default:
      return 'not assigned: no assignment rule for this project';
  }
}
