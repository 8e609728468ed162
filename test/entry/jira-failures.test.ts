// Jira failing or throttling, seen by the shipped resolver through the real SDK: the adapter turns each
// failure into a typed error, and the UI gets a clear Result (never a crash, never a silent success).
import type { LocalHost } from '../../sandbox/host/local-host';
import type { IssueSummaryDto, Result } from '../../src/shared/contract';
import { seededUser, startHost } from '../builders/host';

let host: LocalHost;
const summary = async (issueKey = 'SUP-1') =>
  (await host.invokeResolver({ moduleKey: 'linebridge-issue-panel', functionKey: 'issue/summary', payload: { issueKey }, accountId: seededUser('line2').accountId, context: {} })) as Result<IssueSummaryDto>;

beforeEach(async () => {
  host = await startHost();
});
afterEach(async () => {
  await host.close();
});

describe('Jira failures reaching the issue panel', () => {
  it('reports a 429 as retryable UPSTREAM with the seconds from Retry-After', async () => {
    host.jira.knobs.failNext(/\/rest\/api\/3\/issue\/SUP-1$/, 429, { retryAfterSeconds: 42 });
    expect(await summary()).toEqual({
      ok: false,
      error: { code: 'UPSTREAM', messageKey: 'error.UPSTREAM_THROTTLED', params: { seconds: 42 }, retryable: true },
    });
  });

  it('reports a 503 as retryable UPSTREAM and recovers on the next call', async () => {
    host.jira.knobs.failNext(/\/changelog/, 503);
    expect(await summary()).toMatchObject({ ok: false, error: { code: 'UPSTREAM', messageKey: 'error.UPSTREAM', retryable: true } });
    expect(await summary()).toMatchObject({ ok: true, value: { issueKey: 'SUP-1' } });
  });

  it('reports a 500 as retryable UPSTREAM', async () => {
    host.jira.knobs.failNext(/\/rest\/api\/3\/issue\/SUP-1$/, 500);
    expect(await summary()).toMatchObject({ ok: false, error: { code: 'UPSTREAM', retryable: true } });
  });

  it('refuses a caller Jira does not know as PERMISSION (Jira answers 401)', async () => {
    const result = (await host.invokeResolver({ moduleKey: 'linebridge-issue-panel', functionKey: 'issue/summary', payload: { issueKey: 'SUP-1' }, accountId: 'no-such-account', context: {} })) as Result<IssueSummaryDto>;
    expect(result).toMatchObject({ ok: false, error: { code: 'PERMISSION' } });
  });
});
