// Assigns a newly filed incident by the project's rule (rules/template/choose-assignee.ts) and records the
// choice and its reason on the issue: the assignee change lands in Jira's history (changelog) and the
// `linebridge.assignment` property keeps the reason. Exactly once per issue: a create-if-absent marker
// guards redelivered events and retries. The round-robin cursor is a ticket counter claimed atomically.
// An empty team is the line-2 group of the general settings, read as the app and cached for 10 minutes; a
// missing or empty group leaves the issue unassigned with that reason (the filing never fails on it).
import { UpstreamError } from '../errors';
import type { Clock, KeyValueStore, Logger } from '../ports';
import type { AssignmentJira } from '../ports-incident';
import type { AtomicStore } from '../ports-telegram';
import { assignmentOf } from '../model/template/assignment';
import { DEFAULT_GENERAL, parseGeneralSettings } from '../model/config/general';
import { readSection } from './get-settings';
import {
  describeDecision, pickLeastLoaded, pickRoundRobin, planAssignment, type AssignmentDecision, type Line2Group,
} from '../rules/template/choose-assignee';

export const ASSIGNMENT_PROPERTY_KEY = 'linebridge.assignment';
const MARKER_TTL_SECONDS = 30 * 86_400;
const TICKET_TTL_SECONDS = 30 * 86_400;
const MAX_TICKET_PROBES = 50;
/** One cached member list (the configured group's); a renamed group simply misses. */
export const GROUP_CACHE_KEY = 'assign-line2-members';
export const GROUP_CACHE_MS = 10 * 60_000;

type CachedGroup = { readonly group: string; readonly at: string; readonly members: readonly string[] | null };

export type AssignDeps = {
  readonly store: KeyValueStore;
  readonly atomic: AtomicStore;
  readonly assignment: AssignmentJira;
  readonly clock: Clock;
  readonly logger: Logger;
};

export type AssignInput = { readonly issueId: string; readonly issueKey: string; readonly projectKey: string; readonly clientId: string | null };

/**
 * Claims the next round-robin ticket of a project. Each ticket key is created at most once (KVS
 * FAIL_IF_EXISTS), so two concurrent filings never share one; the plain `hint` only saves probes.
 */
export async function nextRoundRobinTicket(store: KeyValueStore, atomic: AtomicStore, projectKey: string): Promise<number> {
  const hintKey = `assign-rr:${projectKey}`;
  const start = ((await store.get<number>(hintKey)) ?? 0) + 1;
  for (let n = start; n < start + MAX_TICKET_PROBES; n++) {
    if (await atomic.createIfAbsent(`assign-rr:${projectKey}:${n}`, 1, TICKET_TTL_SECONDS)) {
      await store.set(hintKey, n);
      return n;
    }
  }
  throw new UpstreamError(`no free round-robin ticket for ${projectKey} after ${MAX_TICKET_PROBES} probes`, 'storage', undefined, { retryable: true });
}

/** The configured line-2 group and its active members, from the cache when it is younger than 10 minutes. */
export async function line2GroupMembers(deps: Pick<AssignDeps, 'store' | 'assignment' | 'clock'>): Promise<Line2Group> {
  const general = parseGeneralSettings((await readSection(deps.store, 'general')).value).value ?? DEFAULT_GENERAL;
  const name = general.line2Group;
  const now = deps.clock.now().getTime();
  const cached = await deps.store.get<CachedGroup>(GROUP_CACHE_KEY);
  const age = cached ? now - Date.parse(cached.at) : Number.NaN;
  if (cached?.group === name && age >= 0 && age < GROUP_CACHE_MS) return { name, members: cached.members };
  const members = await deps.assignment.activeGroupMembers(name);
  await deps.store.set<CachedGroup>(GROUP_CACHE_KEY, { group: name, at: new Date(now).toISOString(), members });
  return { name, members };
}

async function decide(deps: AssignDeps, input: AssignInput): Promise<AssignmentDecision> {
  const settings = assignmentOf((await readSection(deps.store, 'templates')).value);
  const base = { projectKey: input.projectKey, clientId: input.clientId, now: deps.clock.now() };
  let plan = planAssignment(settings, base);
  if (plan.kind === 'needsGroupMembers') plan = planAssignment(settings, { ...base, line2Group: await line2GroupMembers(deps) });
  if (plan.kind === 'needsGroupMembers') throw new Error('assignment plan asked for the line-2 group twice');
  const via = plan.group !== undefined ? { group: plan.group } : {};
  if (plan.kind === 'decided') return { accountId: plan.accountId, reason: plan.reason, skippedAway: plan.skippedAway, ...via };
  if (plan.kind === 'roundRobin') {
    const ticket = await nextRoundRobinTicket(deps.store, deps.atomic, input.projectKey.toUpperCase());
    return { accountId: pickRoundRobin(plan.candidates, ticket), reason: 'roundRobin', skippedAway: plan.skippedAway, ...via };
  }
  const counts = await Promise.all(plan.candidates.map(async (a) => [a, await deps.assignment.countOpenIssues(input.projectKey, a)] as const));
  const best = pickLeastLoaded(plan.candidates, new Map(counts));
  return best ? { accountId: best.accountId, reason: 'leastLoaded', skippedAway: plan.skippedAway, load: best.load, ...via } : { accountId: null, reason: 'everyoneAway', skippedAway: plan.skippedAway, ...via };
}

/** Returns the decision, or null when this issue was assigned by LineBridge before (nothing done). */
export async function assignIncident(deps: AssignDeps, input: AssignInput): Promise<AssignmentDecision | null> {
  const decision = await decide(deps, input);
  if (decision.reason === 'notConfigured') return decision;
  const markerKey = `assign-done:${input.issueId}`;
  if (!(await deps.atomic.createIfAbsent(markerKey, { at: deps.clock.now().toISOString() }, MARKER_TTL_SECONDS))) return null;
  try {
    if (decision.accountId) await deps.assignment.assignIssue(input.issueKey, decision.accountId);
    await deps.assignment.setIssueProperty(input.issueKey, ASSIGNMENT_PROPERTY_KEY, {
      accountId: decision.accountId,
      reason: decision.reason,
      detail: describeDecision(decision),
      skippedAway: decision.skippedAway,
      ...(decision.group !== undefined ? { group: decision.group } : {}),
      at: deps.clock.now().toISOString(),
    });
  } catch (error) {
    // Let a retry try again (the marker would otherwise block it for 30 days).
    await deps.store.delete(markerKey).catch(() => deps.logger.warn('assignment marker kept', { issueKey: input.issueKey }));
    throw error;
  }
  deps.logger.info('incident assigned', { issueKey: input.issueKey, reason: decision.reason, assigned: decision.accountId !== null });
  return decision;
}
