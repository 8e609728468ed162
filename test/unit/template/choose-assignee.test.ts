// The assignment rule: client mapping first, then round robin or least loaded over the team, skipping
// people away on the day (inclusive dates, UTC); plus the settings parser's errors.
import { InputReader } from '../../../src/domain/model/template/input-reader';
import { parseAssignment, type AssignmentSettings } from '../../../src/domain/model/template/assignment';
import { describeDecision, pickLeastLoaded, pickRoundRobin, planAssignment } from '../../../src/domain/rules/template/choose-assignee';

const NOW = new Date('2026-11-02T09:00:00Z');
const settings = (over: Partial<AssignmentSettings['projects'][number]> = {}, away: AssignmentSettings['away'] = []): AssignmentSettings => ({
  projects: [{ projectKey: 'SUP', strategy: 'roundRobin', team: ['a', 'b', 'c'], clientMap: [{ clientId: 'ACME-1', accountId: 'x' }], ...over }],
  away,
});

describe('planAssignment', () => {
  it('gives a mapped client its fixed engineer, matching the client ID case-insensitively', () => {
    expect(planAssignment(settings(), { projectKey: 'sup', clientId: ' acme-1 ', now: NOW })).toEqual({ kind: 'decided', accountId: 'x', reason: 'clientMapping', skippedAway: [] });
  });

  it('falls back to the team when the fixed engineer is away that day', () => {
    const plan = planAssignment(settings({}, [{ accountId: 'x', from: '2026-11-02', to: '2026-11-02' }]), { projectKey: 'SUP', clientId: 'ACME-1', now: NOW });
    expect(plan).toEqual({ kind: 'roundRobin', candidates: ['a', 'b', 'c'], skippedAway: ['x'] });
  });

  it('leaves out team members away (inclusive range) and keeps those whose absence ended', () => {
    const away = [{ accountId: 'a', from: '2026-10-30', to: '2026-11-02' }, { accountId: 'b', from: '2026-10-01', to: '2026-11-01' }];
    expect(planAssignment(settings({}, away), { projectKey: 'SUP', clientId: null, now: NOW })).toEqual({ kind: 'roundRobin', candidates: ['b', 'c'], skippedAway: ['a'] });
  });

  it('says why nobody is assigned: no rule for the project, strategy none, everyone away', () => {
    expect(planAssignment(settings(), { projectKey: 'OPS', clientId: null, now: NOW })).toMatchObject({ kind: 'decided', accountId: null, reason: 'notConfigured' });
    expect(planAssignment(settings({ strategy: 'none' }), { projectKey: 'SUP', clientId: 'NEW', now: NOW })).toMatchObject({ accountId: null, reason: 'notConfigured' });
    const allAway = ['a', 'b', 'c'].map((accountId) => ({ accountId, from: '2026-11-01', to: '2026-11-30' }));
    expect(planAssignment(settings({}, allAway), { projectKey: 'SUP', clientId: null, now: NOW })).toMatchObject({ accountId: null, reason: 'everyoneAway', skippedAway: ['a', 'b', 'c'] });
  });

  it('asks for loads when the project is least loaded', () => {
    expect(planAssignment(settings({ strategy: 'leastLoaded' }), { projectKey: 'SUP', clientId: null, now: NOW })).toMatchObject({ kind: 'leastLoaded', candidates: ['a', 'b', 'c'] });
  });
});

describe('planAssignment over the line-2 group (empty team)', () => {
  const group = (members: readonly string[] | null) => ({ name: 'support-line-2', members });
  const input = { projectKey: 'SUP', clientId: null, now: NOW };

  it('asks for the group only when the team is empty and the client mapping did not decide', () => {
    expect(planAssignment(settings({ team: [] }), input)).toEqual({ kind: 'needsGroupMembers' });
    expect(planAssignment(settings({ team: [] }), { ...input, clientId: 'ACME-1' })).toMatchObject({ kind: 'decided', accountId: 'x', reason: 'clientMapping' });
    expect(planAssignment(settings({ team: [], strategy: 'none' }), input)).toMatchObject({ kind: 'decided', reason: 'notConfigured' });
  });

  it('goes round robin over the members ordered by account id, without duplicates and without people away', () => {
    const plan = planAssignment(settings({ team: [] }, [{ accountId: 'm2', from: '2026-11-01', to: '2026-11-03' }]), { ...input, line2Group: group(['m3', 'm1', 'm2', 'm1']) });
    expect(plan).toEqual({ kind: 'roundRobin', candidates: ['m1', 'm3'], skippedAway: ['m2'], group: 'support-line-2' });
    expect(pickRoundRobin(plan.kind === 'roundRobin' ? plan.candidates : [], 2)).toBe('m3');
    expect(planAssignment(settings({ team: [], strategy: 'leastLoaded' }), { ...input, line2Group: group(['b', 'a']) })).toMatchObject({ kind: 'leastLoaded', candidates: ['a', 'b'], group: 'support-line-2' });
  });

  it('leaves the issue unassigned with a clear reason when the group is missing or empty', () => {
    for (const members of [null, []]) {
      const plan = planAssignment(settings({ team: [] }), { ...input, line2Group: group(members) });
      expect(plan).toEqual({ kind: 'decided', accountId: null, reason: 'emptyGroup', skippedAway: [], group: 'support-line-2' });
    }
    expect(describeDecision({ accountId: null, reason: 'emptyGroup', skippedAway: [], group: 'support-line-2' })).toBe('not assigned: line-2 group support-line-2 has no members');
    expect(describeDecision({ accountId: 'm1', reason: 'roundRobin', skippedAway: [], group: 'support-line-2' })).toBe('round robin within the line-2 group support-line-2');
  });

  it('ignores the group when an explicit team is configured', () => {
    expect(planAssignment(settings(), { ...input, line2Group: group(['z']) })).toEqual({ kind: 'roundRobin', candidates: ['a', 'b', 'c'], skippedAway: [] });
  });
});

describe('picking', () => {
  it('cycles through the candidates by ticket', () => {
    expect([1, 2, 3, 4, 5].map((n) => pickRoundRobin(['a', 'b', 'c'], n))).toEqual(['a', 'b', 'c', 'a', 'b']);
    expect(pickRoundRobin([], 1)).toBeNull();
  });

  it('takes the fewest open issues, ties to the earlier team member, unknown loads never win', () => {
    expect(pickLeastLoaded(['a', 'b', 'c'], new Map([['a', 4], ['b', 2], ['c', 2]]))).toEqual({ accountId: 'b', load: 2 });
    expect(pickLeastLoaded(['a'], new Map())).toBeNull();
  });

  it('describes the decision for the issue history', () => {
    expect(describeDecision({ accountId: 'b', reason: 'leastLoaded', load: 2, skippedAway: ['a'] })).toBe('least loaded in the line-2 team (2 open issues); skipped as away: a');
  });
});

describe('parseAssignment', () => {
  const parse = (input: unknown) => {
    const r = new InputReader();
    const value = parseAssignment(r, input);
    return { value, errors: r.errors };
  };

  it('accepts a valid block and removes duplicate team members', () => {
    const { value, errors } = parse({ projects: [{ projectKey: 'sup', strategy: 'leastLoaded', team: ['a', 'a', 'b'], clientMap: [] }], away: [{ accountId: 'a', from: '2026-01-01', to: '2026-01-02' }] });
    expect(errors).toEqual({});
    expect(value.projects[0]).toMatchObject({ projectKey: 'SUP', team: ['a', 'b'] });
  });

  it('names each bad input by its path', () => {
    const { errors } = parse({
      projects: [{ projectKey: 'SUP', strategy: 'roundRobin', team: [] }, { projectKey: 'SUP', strategy: 'sometimes', team: ['bad id!'] }],
      away: [{ accountId: 'a', from: '2026-13-40', to: '2026-01-01' }, { accountId: 'a', from: '2026-02-02', to: '2026-02-01' }],
    });
    expect(errors).toMatchObject({
      'assignment.projects.1.strategy': 'template.error.choice',
      'assignment.projects.1.team.0': 'assignment.error.accountId',
      'assignment.projects.1.projectKey': 'assignment.error.duplicateProject',
      'assignment.away.0.from': 'assignment.error.date',
      'assignment.away.1.to': 'assignment.error.dateOrder',
    });
  });

  it('accepts an empty team (it stands for the line-2 group)', () => {
    const { value, errors } = parse({ projects: [{ projectKey: 'SUP', strategy: 'roundRobin', team: [], clientMap: [] }], away: [] });
    expect(errors).toEqual({});
    expect(value.projects[0]?.team).toEqual([]);
  });

  it('treats an absent block as no assignment', () => {
    expect(parse(undefined)).toEqual({ value: { projects: [], away: [] }, errors: {} });
  });
});
