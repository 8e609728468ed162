// CSAT comments behind the panel's CSAT figure (`lines/csat-comments`), through the shipped resolver: leads
// and admins get the period's comments (anonymous raters included, flagged), newest first, by the panel's
// filters; an edit that clears a comment removes it; line 1 and line 2 are refused, also for their own.
import type { LocalHost } from '../../sandbox/host/local-host';
import type { CsatCommentsDto, IssueLinesDto } from '../../src/shared/contract';
import { seededUser, startHost } from '../builders/host';
import { linesCall } from '../builders/lines-host';
import { resolvedHandoff } from '../builders/lines-issues';

let host: LocalHost;
const anna = seededUser('line1', 0).accountId;
const ben = seededUser('line1', 1).accountId;
const chen = seededUser('line2', 0).accountId;
const lead = seededUser('lead').accountId;
const admin = seededUser('admin').accountId;

const comments = (as: string, filters: Record<string, unknown> = {}) => linesCall<CsatCommentsDto>(host, 'lines/csat-comments', { projectKey: 'SUP', weeks: 4, ...filters }, as);
const rate = (key: string, as: string, score: number, comment: string, anonymous = false) =>
  linesCall<IssueLinesDto>(host, 'lines/rate', { issueKey: key, cycle: 1, score, comment, anonymous }, as, 'linebridge-handoff-panel');

const resolvedIssue = (priority = 'High'): Promise<string> => resolvedHandoff(host, anna, chen, { fields: { priority: { name: priority } } });

beforeEach(async () => {
  host = await startHost();
});
afterEach(async () => {
  await host.close();
});

describe('CSAT comments in the panel', () => {
  it('shows leads and admins the comments of the period, newest first, anonymous raters flagged', async () => {
    const first = await resolvedIssue();
    const second = await resolvedIssue();
    expect((await rate(first, anna, 2, 'Took a day to pick up.')).ok).toBe(true);
    await host.clock.advance(60_000);
    expect((await rate(second, ben, 5, 'Great =SUM(A1) fix', true)).ok).toBe(true);
    for (const who of [lead, admin]) {
      const result = await comments(who);
      expect(result).toMatchObject({ ok: true });
      const value = result.ok ? result.value : null;
      expect(value?.truncated).toBe(false);
      expect(value?.comments.map((c) => [c.issueKey, c.score, c.comment, c.rater.name, c.anonymous, c.engineer?.name])).toEqual([
        [second, 5, 'Great =SUM(A1) fix', 'Ben Ortiz', true, 'Chen Wei'],
        [first, 2, 'Took a day to pick up.', 'Anna Petrova', false, 'Chen Wei'],
      ]);
    }
  });

  it('refuses line 1 and line 2, even the rater', async () => {
    const key = await resolvedIssue();
    expect((await rate(key, anna, 3, 'Fine.')).ok).toBe(true);
    for (const who of [anna, chen]) {
      expect(await comments(who)).toMatchObject({ ok: false, error: { code: 'PERMISSION', messageKey: 'lines.error.commentsHidden' } });
    }
  });

  it('follows the filters and forgets a comment its rater cleared', async () => {
    const high = await resolvedIssue('High');
    const low = await resolvedIssue('Low');
    expect((await rate(high, anna, 4, 'Quick.')).ok).toBe(true);
    expect((await rate(low, anna, 1, 'Never answered.')).ok).toBe(true);
    const onlyLow = await comments(lead, { priorities: ['Low'] });
    expect(onlyLow.ok && onlyLow.value.comments.map((c) => c.issueKey)).toEqual([low]);
    expect((await rate(low, anna, 2, '')).ok).toBe(true);
    const after = await comments(lead);
    expect(after.ok && after.value.comments.map((c) => c.issueKey)).toEqual([high]);
    const otherPeriod = await comments(lead, { endWeek: '2025-01-06' });
    expect(otherPeriod.ok && otherPeriod.value.comments).toEqual([]);
  });
});
