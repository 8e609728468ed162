// The issue navigator's list: Jira's columns (type, key, summary, assignee, reporter, priority, status,
// created, updated) in an Atlaskit dynamic table. Keys and summaries link to the issue view.
import DynamicTable from '@atlaskit/dynamic-table';
import { IconLabel, StatusLozenge, UserBadge } from '../common/jira-bits';
import { formatDateTime } from '../forms/date-time';
import { asRecord, asString, type Json } from '../json';
import { Link, paths } from '../router';

export const LIST_FIELDS = 'summary,status,priority,assignee,reporter,issuetype,created,updated';

const HEAD = {
  cells: [
    { key: 'type', content: 'Type' },
    { key: 'key', content: 'Key' },
    { key: 'summary', content: 'Summary' },
    { key: 'assignee', content: 'Assignee' },
    { key: 'reporter', content: 'Reporter' },
    { key: 'priority', content: 'P' },
    { key: 'status', content: 'Status' },
    { key: 'created', content: 'Created' },
    { key: 'updated', content: 'Updated' },
  ],
};

type Props = { readonly issues: readonly Json[]; readonly loading: boolean; readonly timeZone: string };

export function IssueTable({ issues, loading, timeZone }: Props) {
  const rows = issues.map((issue) => {
    const key = asString(issue.key);
    const f = asRecord(issue.fields);
    return {
      key,
      testId: `issue-row-${key}`,
      cells: [
        { key: 'type', content: <IconLabel value={f.issuetype} showLabel={false} /> },
        { key: 'key', content: <Link to={paths.issue(key)} testId={`issue-link-${key}`} className="lb-issue-key">{key}</Link> },
        { key: 'summary', content: <Link to={paths.issue(key)} className="lb-summary-link">{asString(f.summary)}</Link> },
        { key: 'assignee', content: <UserBadge user={f.assignee} /> },
        { key: 'reporter', content: <UserBadge user={f.reporter} fallback="Anonymous" /> },
        { key: 'priority', content: <IconLabel value={f.priority} showLabel={false} /> },
        { key: 'status', content: <StatusLozenge status={f.status} /> },
        { key: 'created', content: <span className="lb-nowrap">{formatDateTime(f.created, timeZone, false)}</span> },
        { key: 'updated', content: <span className="lb-nowrap">{formatDateTime(f.updated, timeZone, false)}</span> },
      ],
    };
  });
  return (
    <DynamicTable
      caption={<span className="lb-visually-hidden">Issues</span>}
      head={HEAD}
      rows={rows}
      isLoading={loading}
      loadingLabel="Loading issues"
      emptyView={<p className="lb-empty">No issues were found matching your search.</p>}
      testId="issue-table"
    />
  );
}
