// The issue property `linebridge-facts`, indexed for JQL by the manifest's jira:entityProperty module
// (aliases lbReopenCount, lbCsat, lbFirstContact, lbSlaBreached, lbHandoffMinutes, lbLine, lbEngineer,
// lbRepeatContacts). Holds no CSAT comment and no rater: anyone who can see the issue can read it.
import type { IssueFacts } from './facts';

export const FACTS_PROPERTY_KEY = 'linebridge-facts';

export type FactsProperty = Readonly<Record<string, string | number>>;

export function factsProperty(facts: IssueFacts): FactsProperty {
  const cycles = facts.cycles;
  const last = cycles[cycles.length - 1];
  const first = cycles[0];
  const rated = [...cycles].reverse().find((c) => c.csat !== null);
  const handoff = [...cycles].reverse().find((c) => c.sla.handoff.minutes !== null);
  const breached = cycles.some((c) => Object.values(c.sla).some((o) => o.state === 'breached'));
  const firstContact = first?.resolvedAt == null ? 'open' : first.reopened ? 'no' : 'yes';
  return {
    v: 1,
    cycles: cycles.length,
    reopenCount: facts.reopenCount,
    firstContactResolved: firstContact,
    slaBreached: breached ? 'yes' : 'no',
    repeatContacts: cycles.reduce((sum, c) => sum + c.repeatContacts, 0),
    line: last?.line ?? 'line1',
    ...(rated?.csat ? { csat: rated.csat.score } : {}),
    ...(handoff?.sla.handoff.minutes != null ? { handoffMinutes: handoff.sla.handoff.minutes } : {}),
    ...(last?.engineer ? { engineer: last.engineer } : {}),
  };
}
