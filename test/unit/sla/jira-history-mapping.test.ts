// Jira JSON (issue fields, change histories as REST and bulk fetch return them, comments) → the SLA
// clock's IssueHistory, with the shapes Jira Cloud documents: status ids in changelog items, priority
// names in fromString/toString, assignee account ids, `jsdPublic` and restricted comments.
import { accountIds, jiraTime, toIssueHistory, type HistoryJson, type IssueJson } from '../../../src/adapters/jira-sla-history';
import type { AuthorRole, StatusRef } from '../../../src/domain/model/sla/history';

const statuses = new Map<string, StatusRef>([
  ['10000', { id: '10000', name: 'New', category: 'new' }],
  ['1', { id: '1', name: 'Open', category: 'new' }],
  ['3', { id: '3', name: 'In Progress', category: 'indeterminate' }],
  ['5', { id: '5', name: 'Resolved', category: 'done' }],
]);
const roles = new Map<string, AuthorRole>([['agent', 'line1'], ['engineer', 'line2'], ['lead', 'other']]);
const ctx = { roles, statuses, fieldIds: ['customfield_10050'] };

const issue: IssueJson = {
  id: '10042',
  key: 'SUP-42',
  fields: {
    project: { key: 'SUP' },
    issuetype: { name: 'Incident' },
    labels: ['vip', 7],
    created: '2026-03-02T10:00:00.000+0300',
    creator: { accountId: 'agent' },
    reporter: { accountId: 'agent' },
    status: { id: '5', name: 'Resolved', statusCategory: { key: 'done' } },
    priority: { name: 'High' },
    assignee: { accountId: 'engineer' },
    customfield_10050: { value: 'All clients', id: '10100' },
  },
};

const user = (accountId: string) => ({ accountId, accountType: 'atlassian' });
const histories: HistoryJson[] = [
  // Out of order on purpose: bulk fetch gives epoch numbers, REST pages give strings.
  { id: '300', author: user('engineer'), created: Date.parse('2026-03-02T09:30:00Z'), items: [{ fieldId: 'status', from: '3', fromString: 'In Progress', to: '5', toString: 'Resolved' }] },
  { id: '100', author: user('agent'), created: '2026-03-02T10:05:00.000+0300', items: [
    { fieldId: 'status', from: '10000', fromString: 'New', to: '1', toString: 'Open' },
    { fieldId: 'priority', from: '3', fromString: 'Medium', to: '2', toString: 'High' },
  ] },
  { id: '200', author: user('engineer'), created: '2026-03-02T07:20:00.000Z', items: [
    { fieldId: 'assignee', from: null, fromString: null, to: 'engineer', toString: 'Chen Wei' },
    { fieldId: 'status', from: '1', fromString: 'Open', to: '3', toString: 'In Progress' },
    { fieldId: 'customfield_10050', from: '10101', fromString: 'One client', to: '10100', toString: 'All clients' },
    { fieldId: 'labels', from: null, fromString: '', to: null, toString: 'vip' },
  ] },
];
const comments = [
  { id: '1', author: user('engineer'), created: '2026-03-02T10:10:00.000+0300', jsdPublic: true },
  { id: '2', author: user('engineer'), created: '2026-03-02T10:11:00.000+0300', jsdPublic: false },
  { id: '3', author: user('lead'), created: '2026-03-02T10:12:00.000+0300', visibility: { type: 'role', value: 'Administrators' } },
  { id: '4', author: null, created: '2026-03-02T10:13:00.000+0300' },
];

describe('Jira history → IssueHistory', () => {
  const history = toIssueHistory(issue, histories, comments, ctx);

  it('reads the issue facts and the creator with their role', () => {
    expect(history).toMatchObject({
      issueKey: 'SUP-42', projectKey: 'SUP', issueType: 'Incident', labels: ['vip'],
      created: Date.parse('2026-03-02T07:00:00Z'), createdBy: { accountId: 'agent', role: 'line1' },
    });
  });

  it('rebuilds the state at creation from the first change of each field', () => {
    expect(history.initial).toEqual({
      status: { id: '10000', name: 'New', category: 'new' },
      priority: 'Medium',
      assignee: null,
      line: null,
      fields: { customfield_10050: 'One client' },
    });
  });

  it('maps every change item it understands, with stable ids and the author role, in time order', () => {
    const changes = history.events.filter((e) => e.kind !== 'comment');
    expect(changes.map((e) => [e.id, e.kind, e.actor?.role])).toEqual([
      ['100:0', 'status', 'line1'],
      ['100:1', 'priority', 'line1'],
      ['200:0', 'assignee', 'line2'],
      ['200:1', 'status', 'line2'],
      ['200:2', 'field', 'line2'],
      ['300:0', 'status', 'line2'],
    ]);
    expect(changes.find((e) => e.id === '300:0')).toMatchObject({ to: { name: 'Resolved', category: 'done' }, at: Date.parse('2026-03-02T09:30:00Z') });
    expect(changes.find((e) => e.id === '200:0')).toMatchObject({ to: { accountId: 'engineer', role: 'line2' }, from: null });
    expect(changes.find((e) => e.id === '200:2')).toMatchObject({ from: 'One client', to: 'All clients' });
  });

  it('marks internal notes and restricted comments as internal, and skips authorless ones', () => {
    const mapped = history.events.filter((e) => e.kind === 'comment');
    expect(mapped).toEqual([
      { kind: 'comment', id: 'comment:1', at: Date.parse('2026-03-02T07:10:00Z'), author: { accountId: 'engineer', role: 'line2' }, visibility: 'public' },
      { kind: 'comment', id: 'comment:2', at: Date.parse('2026-03-02T07:11:00Z'), author: { accountId: 'engineer', role: 'line2' }, visibility: 'internal' },
      { kind: 'comment', id: 'comment:3', at: Date.parse('2026-03-02T07:12:00Z'), author: { accountId: 'lead', role: 'other' }, visibility: 'internal' },
    ]);
  });

  it('keeps current values when a field never changed, and unknown statuses by name', () => {
    const quiet = toIssueHistory({ ...issue, fields: { ...issue.fields, status: { id: '99', name: 'Triage' } } }, [], [], ctx);
    expect(quiet.initial).toMatchObject({ status: { id: '99', name: 'Triage', category: 'undefined' }, priority: 'High', assignee: { accountId: 'engineer', role: 'line2' }, fields: { customfield_10050: 'All clients' } });
    expect(quiet.events).toEqual([]);
  });

  it('lists every person once for the role lookup', () => {
    expect(accountIds(issue, histories, comments).sort()).toEqual(['agent', 'engineer', 'lead']);
  });

  it('reads Jira timestamps in every form it sends, and nothing else', () => {
    expect(jiraTime('2026-01-17T12:34:00.000+0000')).toBe(Date.UTC(2026, 0, 17, 12, 34));
    expect(jiraTime(1_768_653_240_000)).toBe(1_768_653_240_000);
    expect(jiraTime(undefined)).toBeNaN();
  });
});
