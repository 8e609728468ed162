// CSAT between the lines through the shipped resolver, with live Jira writes reaching the facts trigger:
// any line-1 member rates a resolved cycle (also when no line-1 person filed it), everyone else is refused
// with a clear message, never-resolved cycles are refused, one rating per cycle (its rater may edit it for
// 7 days), and the panel counts each rating once. Anonymity and comment visibility per viewer.
import type { LocalHost } from '../../sandbox/host/local-host';
import type { IssueLinesDto, PanelDto, Result } from '../../src/shared/contract';
import { seededUser, startHost } from '../builders/host';
import { linesCall } from '../builders/lines-host';
import { comment, createIssue, move, resolvedHandoff, T } from '../builders/lines-issues';

let host: LocalHost;
const anna = seededUser('line1', 0).accountId;
const ben = seededUser('line1', 1).accountId;
const chen = seededUser('line2', 0).accountId;
const lead = seededUser('lead').accountId;
const PANEL_MODULE = 'linebridge-handoff-panel';

const view = (key: string, as: string) => linesCall<IssueLinesDto>(host, 'lines/issue', { issueKey: key }, as, PANEL_MODULE);
const rate = (key: string, as: string, score: number, extra: Record<string, unknown> = {}) =>
  linesCall<IssueLinesDto>(host, 'lines/rate', { issueKey: key, cycle: 1, score, comment: '', anonymous: false, ...extra }, as, PANEL_MODULE);
const value = <T>(r: Result<T>): T => {
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
};

/** Filed by `reporter`, escalated by them, picked up and resolved by Chen (line 2). */
const resolvedIssue = (reporter: string): Promise<string> => resolvedHandoff(host, reporter, chen, { comment: { as: chen, text: 'Fixed: restarted the worker.' } });

beforeEach(async () => {
  host = await startHost();
});
afterEach(async () => {
  await host.close();
});

describe('CSAT between the lines', () => {
  it('lets the escalating line-1 agent rate, and the panel counts the rating once', async () => {
    const key = await resolvedIssue(anna);
    expect(value(await view(key, anna)).csat).toEqual({ state: 'rate', cycle: 1, editableUntil: null });
    const rated = value(await rate(key, anna, 4, { comment: 'Quick and clear.' }));
    expect(rated.cycles[0]?.rating).toMatchObject({ score: 4, comment: 'Quick and clear.', mine: true, rater: { accountId: anna, name: 'Anna Petrova' } });
    expect(rated.csat.state).toBe('edit');
    const panel = value(await linesCall<PanelDto>(host, 'lines/panel', {}, lead));
    expect(panel.kpis.csat).toEqual({ average: 4, count: 1, distribution: [0, 0, 0, 1, 0] });
  });

  it('accepts any line-1 member on an issue no line-1 person filed, and refuses line 2 and leads', async () => {
    const key = await resolvedIssue(lead);
    const facts = value(await view(key, lead));
    expect(facts.line1Agent).toBeNull();
    expect(facts.cycles).toHaveLength(1);
    expect(value(await view(key, chen)).csat.state).toBe('notLine1');
    expect(await rate(key, chen, 5)).toMatchObject({ ok: false, error: { code: 'PERMISSION', messageKey: 'csat.error.notLine1' } });
    expect(await rate(key, lead, 5)).toMatchObject({ ok: false, error: { code: 'PERMISSION', messageKey: 'csat.error.notLine1' } });
    expect(value(await rate(key, ben, 3)).cycles[0]?.rating?.score).toBe(3);
  });

  it('refuses ratings on an issue that was never resolved, and on a cycle that does not exist', async () => {
    const { key } = await createIssue(host, anna);
    await move(host, key, anna, T.OPEN);
    await move(host, key, chen, T.START);
    await host.settle();
    expect(value(await view(key, anna)).csat).toEqual({ state: 'notResolved', cycle: null, editableUntil: null });
    expect(await rate(key, anna, 5)).toMatchObject({ ok: false, error: { code: 'CONFLICT', messageKey: 'csat.error.notResolved' } });
    expect(await rate(key, anna, 5, { cycle: 7 })).toMatchObject({ ok: false, error: { code: 'CONFLICT', messageKey: 'csat.error.notResolved' } });
  });

  it('keeps one rating per cycle: another agent is refused by name, the rater edits, nothing counts twice', async () => {
    const key = await resolvedIssue(anna);
    value(await rate(key, anna, 5));
    expect(await rate(key, ben, 1)).toMatchObject({ ok: false, error: { code: 'CONFLICT', messageKey: 'csat.error.alreadyRated', params: { name: 'Anna Petrova' } } });
    expect(value(await view(key, ben)).csat.state).toBe('ratedByOther');
    value(await rate(key, anna, 2));
    const panel = value(await linesCall<PanelDto>(host, 'lines/panel', {}, lead));
    expect(panel.kpis.csat).toEqual({ average: 2, count: 1, distribution: [0, 1, 0, 0, 0] });
  });

  it('locks a rating 7 days after it was given', async () => {
    const key = await resolvedIssue(anna);
    value(await rate(key, anna, 5));
    await host.clock.advance(7 * 86_400_000 + 60_000);
    expect(value(await view(key, anna)).csat.state).toBe('locked');
    expect(await rate(key, anna, 1)).toMatchObject({ ok: false, error: { code: 'CONFLICT', messageKey: 'csat.error.locked' } });
  });

  it('hides an anonymous rater and the comment from the engineer, not from the lead', async () => {
    const key = await resolvedIssue(anna);
    value(await rate(key, anna, 2, { comment: 'Took two rounds.', anonymous: true }));
    expect(value(await view(key, chen)).cycles[0]?.rating).toMatchObject({ score: 2, comment: null, rater: null, anonymous: true, mine: false });
    expect(value(await view(key, lead)).cycles[0]?.rating).toMatchObject({ score: 2, comment: 'Took two rounds.', rater: { accountId: anna } });
  });

  it('rates each resolution cycle on its own after a reopen', async () => {
    const key = await resolvedIssue(anna);
    value(await rate(key, anna, 5));
    await move(host, key, anna, T.REOPEN);
    await comment(host, key, anna, 'Reopening: the client says the error is back.');
    await host.settle();
    let facts = value(await view(key, anna));
    expect(facts.reopenCount).toBe(1);
    expect(facts.cycles[1]?.reopenReason).toBe('Reopening: the client says the error is back.');
    expect(facts.csat).toMatchObject({ state: 'edit', cycle: 1 });
    await move(host, key, chen, T.START);
    await move(host, key, chen, T.RESOLVE);
    await host.settle();
    facts = value(await rate(key, anna, 2, { cycle: 2 }));
    expect(facts.cycles.map((c) => c.rating?.score)).toEqual([5, 2]);
  });

  it('rejects malformed ratings before touching anything', async () => {
    const key = await resolvedIssue(anna);
    expect(await rate(key, anna, 7)).toMatchObject({ ok: false, error: { code: 'VALIDATION', fieldErrors: { score: 'csat.error.score' } } });
    expect(await rate(key, anna, 3, { comment: 'x'.repeat(1001) })).toMatchObject({ ok: false, error: { code: 'VALIDATION', fieldErrors: { comment: 'validation.tooLong' } } });
    expect(await rate(key, anna, 3, { anonymous: 'yes' })).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    expect(value(await view(key, anna)).csat.state).toBe('rate');
  });
});
