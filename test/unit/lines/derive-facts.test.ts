// Facts from a raw history: cycles and reopens with their reason, the line-1 agent, the engineer, repeat
// contacts and SLA outcomes; the same facts whatever the order or duplication of the changelog.
import type { RawChange, RawIssue, RawStatus } from '../../../src/domain/model/lines/raw-issue';
import { DEFAULT_SLA_SETTINGS } from '../../../src/domain/model/sla/sla-settings';
import { deriveFacts } from '../../../src/domain/rules/lines/derive-facts';
import { contributionsOf } from '../../../src/domain/rules/lines/contributions';

const S: Record<string, RawStatus> = {
  New: { id: '1', name: 'New', category: 'new' }, Open: { id: '2', name: 'Open', category: 'new' }, 'In Progress': { id: '3', name: 'In Progress', category: 'indeterminate' },
  Resolved: { id: '5', name: 'Resolved', category: 'done' }, Closed: { id: '6', name: 'Closed', category: 'done' },
};
const ROLES: Record<string, 'line1' | 'line2' | 'lead'> = { anna: 'line1', chen: 'line2', eva: 'line2', farah: 'lead' };
const T0 = Date.UTC(2026, 0, 5, 9);
const MIN = 60_000;
let seq = 100;
const status = (at: number, by: string, from: string, to: string): RawChange => ({ id: String(seq++), at: T0 + at * MIN, author: by, items: [{ fieldId: 'status', field: 'status', from: S[from]?.id ?? null, fromString: from, to: S[to]?.id ?? null, toString: to }] });
const assignee = (at: number, by: string, to: string): RawChange => ({ id: String(seq++), at: T0 + at * MIN, author: by, items: [{ fieldId: 'assignee', field: 'assignee', from: null, fromString: null, to, toString: to }] });

function issue(changes: RawChange[], reporter = 'anna', current: string | null = 'eva'): RawIssue {
  return {
    id: '10001', key: 'SUP-1', projectKey: 'SUP', issueType: 'Incident', created: T0, reporter, creator: reporter, status: S.Resolved as RawStatus, priority: 'High', assignee: current, labels: [],
    comments: [
      { id: '1', at: T0 + 20 * MIN, author: 'anna', text: 'The client is asking again: any news?', internal: false },
      { id: '2', at: T0 + 200 * MIN + 5000, author: 'anna', text: 'Reopening: the fix did not help.', internal: false },
    ],
    commentsComplete: true, changes,
  };
}

const history = (): RawChange[] => [
  status(10, 'anna', 'New', 'Open'), assignee(30, 'chen', 'chen'), status(31, 'chen', 'Open', 'In Progress'), status(120, 'chen', 'In Progress', 'Resolved'),
  status(130, 'anna', 'Resolved', 'Closed'), status(200, 'anna', 'Closed', 'Open'), assignee(210, 'farah', 'eva'), status(211, 'eva', 'Open', 'In Progress'), status(300, 'eva', 'In Progress', 'Resolved'),
];
const derive = (changes: RawChange[], reporter = 'anna', current: string | null = 'eva') => deriveFacts({
  issue: issue(changes, reporter, current), context: { statuses: new Map(Object.values(S).map((s) => [s.id, s])), roleOf: (id) => ROLES[id] ?? 'other' },
  sla: DEFAULT_SLA_SETTINGS, ratings: new Map(), now: T0 + 1000 * MIN,
});

describe('facts from history', () => {
  it('finds two cycles, the reopen and its reason, the agent, the engineers and the repeat contact', () => {
    const f = derive(history());
    expect(f.reopenCount).toBe(1);
    expect(f.line1Agent).toBe('anna');
    expect(f.cycles.map((c) => [c.index, c.reopened, c.engineer, c.line, c.repeatContacts])).toEqual([[1, true, 'chen', 'line2', 1], [2, false, 'eva', 'line2', 0]]);
    expect(f.cycles[1]?.reopenReason).toBe('Reopening: the fix did not help.');
    expect(f.cycles[0]?.escalatedAt).toBe(T0 + 10 * MIN);
    expect(f.cycles[0]?.pickedUpAt).toBe(T0 + 30 * MIN);
    expect(f.cycles[0]?.sla.handoff).toEqual({ state: 'noGoal', minutes: 20 });
    expect(f.cycles[0]?.sla.resolution.state).toBe('met');
  });

  it('gives the same facts and contributions for a shuffled, duplicated changelog', () => {
    const changes = history();
    const shuffled = [...changes].reverse().concat(changes.slice(0, 3));
    expect(derive(shuffled)).toEqual(derive(changes));
    expect(contributionsOf(derive(shuffled))).toEqual(contributionsOf(derive(changes)));
  });

  it('has no line-1 agent when nobody on line 1 filed or escalated the issue', () => {
    const changes = history().map((c) => ({ ...c, author: c.author === 'anna' ? 'farah' : c.author }));
    expect(derive(changes, 'farah').line1Agent).toBeNull();
  });

  it('counts a resolution at first contact as line 1, with nobody as engineer', () => {
    const f = derive([status(10, 'anna', 'New', 'Resolved')], 'anna', null);
    expect(f.cycles).toHaveLength(1);
    expect(f.cycles[0]).toMatchObject({ line: 'line1', engineer: null, resolvedBy: 'anna' });
  });
});
