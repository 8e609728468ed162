// The pure rule from Jira changes to notification events: ids stable across redelivery, resolved and
// reopened told apart by status category, assignments, comments internal or public.
import { changeToEvents, type ChangeItem, type IssueChange } from '../../../src/domain/rules/telegram/changelog-to-events';
import { anIssue } from '../../builders/notification';

const categories = { '1': 'new', '3': 'indeterminate', '5': 'done', '6': 'done' } as const;
const status = (from: string, fromString: string, to: string, toString: string) => ({ field: 'status', fieldId: 'status', from, fromString, to, toString });
const updated = (items: ChangeItem[]): IssueChange =>
  ({ kind: 'updated', issue: anIssue(), at: 1000, actor: 'Chen', changelogId: '77', items, categories });

describe('changeToEvents', () => {
  it('names a move into done "resolved", out of done "reopened", anything else "status changed"', () => {
    expect(changeToEvents(updated([status('3', 'In Progress', '5', 'Resolved')]))).toEqual([expect.objectContaining({ id: 'changelog:77:resolved', type: 'resolved', fromStatus: 'In Progress', toStatus: 'Resolved', internal: false })]);
    expect(changeToEvents(updated([status('6', 'Closed', '1', 'Open')]))[0]?.type).toBe('reopened');
    expect(changeToEvents(updated([status('5', 'Resolved', '6', 'Closed')]))[0]?.type).toBe('statusChanged');
    expect(changeToEvents(updated([status('1', 'Open', '3', 'In Progress')]))[0]?.type).toBe('statusChanged');
  });

  it('turns an assignee change into an internal "assigned" event and ignores other fields', () => {
    const events = changeToEvents(updated([{ field: 'assignee', fieldId: 'assignee', from: null, fromString: null, to: 'acc-1', toString: 'Dmitri' }, { field: 'priority', from: '3', fromString: 'Medium', to: '1', toString: 'Critical' }]));
    expect(events).toEqual([expect.objectContaining({ id: 'changelog:77:assigned', type: 'assigned', assignee: 'Dmitri', internal: true })]);
  });

  it('gives the same ids for the same change, so a redelivered event is recognised', () => {
    const change = updated([status('3', 'In Progress', '5', 'Resolved')]);
    expect(changeToEvents(change).map((e) => e.id)).toEqual(changeToEvents({ ...change, at: 99_999 }).map((e) => e.id));
  });

  it('keys comments by comment id (an edit is the same notification) and carries internal', () => {
    const [event] = changeToEvents({ kind: 'commented', issue: anIssue(), at: 5, actor: 'Anna', comment: { id: '300', text: 'hi', internal: true } });
    expect(event).toMatchObject({ id: 'comment:300', type: 'commented', internal: true, comment: { id: '300', text: 'hi' } });
  });
});
