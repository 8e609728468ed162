// Repeat contacts recorded from Telegram (issue property `linebridge-contacts`) count in the cycle they fall
// in; a Telegram-made comment that the comment rule would also match is counted once, not twice.
import type { RawIssue, RawStatus } from '../../../src/domain/model/lines/raw-issue';
import { DEFAULT_SLA_SETTINGS } from '../../../src/domain/model/sla/sla-settings';
import { deriveFacts } from '../../../src/domain/rules/lines/derive-facts';
import { toIssueHead } from '../../../src/adapters/jira-lines-json';

const OPEN: RawStatus = { id: '1', name: 'Open', category: 'new' };
const T0 = Date.UTC(2026, 0, 5, 9);
const MIN = 60_000;

function issue(extra: Partial<RawIssue>): RawIssue {
  return {
    id: '10001', key: 'SUP-1', projectKey: 'SUP', issueType: 'Incident', created: T0, reporter: 'anna', creator: 'anna', status: OPEN, priority: 'High',
    assignee: null, labels: [], comments: [], commentsComplete: true, changes: [], ...extra,
  };
}
const repeats = (raw: RawIssue): number[] => deriveFacts({
  issue: raw, context: { statuses: new Map([[OPEN.id, OPEN]]), roleOf: () => 'other' }, sla: DEFAULT_SLA_SETTINGS, ratings: new Map(), now: T0 + 100 * MIN,
}).cycles.map((c) => c.repeatContacts);

describe('repeat contacts from Telegram', () => {
  it('counts recorded contacts and does not count their comments a second time', () => {
    const comments = [
      { id: '7', at: T0 + 10 * MIN, author: 'app', text: 'Ivan wrote in Telegram (Acme):\nany news?', internal: false },
      { id: '8', at: T0 + 20 * MIN, author: 'anna', text: 'The client asks again: any news?', internal: false },
    ];
    expect(repeats(issue({ comments }))).toEqual([2]);
    expect(repeats(issue({ comments, telegramContacts: [{ at: T0 + 10 * MIN, commentId: '7' }, { at: T0 + 30 * MIN, commentId: '9' }] }))).toEqual([3]);
  });

  it('reads the property from an issue bean, ignoring malformed entries', () => {
    const head = toIssueHead({ id: '1', key: 'SUP-1', fields: {}, properties: { 'linebridge-contacts': { v: 1, contacts: [{ at: 5, commentId: '7' }, { at: 'x' }, { at: 6 }] } } });
    expect(head.telegramContacts).toEqual([{ at: 5, commentId: '7' }, { at: 6, commentId: null }]);
    expect(toIssueHead({ id: '1', key: 'SUP-1', fields: {} }).telegramContacts).toEqual([]);
  });
});
