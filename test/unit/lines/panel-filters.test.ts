// Panel filters from untrusted input: defaults, accepted values, refusals with field errors.
import { parsePanelFilters } from '../../../src/domain/model/lines/panel-filters';

describe('panel filters', () => {
  it('defaults to 12 weeks ending this week, every project, priority, issue type and line', () => {
    expect(parsePanelFilters({}).value).toEqual({ projectKey: null, weeks: 12, endWeek: null, priorities: [], issueTypes: [], line: 'all', withPeople: true });
  });

  it('accepts a project, a period, an end week and filters', () => {
    const value = parsePanelFilters({ projectKey: 'SUP', weeks: 26, endWeek: '2025-12-29', priorities: ['High', 'High'], issueTypes: ['Incident'], line: 'line2', withPeople: false }).value;
    expect(value).toEqual({ projectKey: 'SUP', weeks: 26, endWeek: '2025-12-29', priorities: ['High'], issueTypes: ['Incident'], line: 'line2', withPeople: false });
  });

  it('refuses bad values field by field', () => {
    const { value, errors } = parsePanelFilters({ projectKey: 'sup; DROP', weeks: 5, endWeek: '2025-12-30', line: 'line3', priorities: 'High' });
    expect(value).toBeUndefined();
    expect(Object.keys(errors).sort()).toEqual(['endWeek', 'line', 'priorities', 'projectKey', 'weeks']);
  });
});
