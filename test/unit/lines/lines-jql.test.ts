// Drill-down JQL: filters and period as clauses, the indexed facts property for the figure, safe quoting.
import { drillJql, jqlString } from '../../../src/shared/lines-jql';

const scope = { projectKeys: ['SUP'], from: '2025-10-13', to: '2026-01-05', priorities: [], issueTypes: [], line: 'all' as const };

describe('drill-down JQL', () => {
  it('narrows a resolution figure by the resolution date and the facts property', () => {
    expect(drillJql('reopened', scope)).toBe('project in ("SUP") AND resolved >= "2025-10-13" AND resolved < "2026-01-05" AND lbReopenCount > 0 ORDER BY resolved DESC');
  });

  it('uses the creation date for load-based figures and adds every filter', () => {
    const jql = drillJql('repeat', { ...scope, priorities: ['High'], issueTypes: ['Incident'], line: 'line2', person: 'abc' });
    expect(jql).toBe('project in ("SUP") AND created >= "2025-10-13" AND created < "2026-01-05" AND priority in ("High") AND issuetype in ("Incident") AND lbLine = "line2" AND lbEngineer = "abc" AND lbRepeatContacts > 0 ORDER BY created DESC');
  });

  it('escapes quotes and backslashes in values', () => {
    expect(jqlString('a "b" \\c')).toBe('"a \\"b\\" \\\\c"');
  });
});
