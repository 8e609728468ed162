// Jira's issue view: breadcrumbs, summary, description (ADF), the app's issue panels, the activity feed
// with a comment box; on the right the status button, details and the app's issue-context panels.
// After a transition or comment it reloads and tells the app's issue-view modules (JIRA_ISSUE_CHANGED).
import { lazy, Suspense, useEffect, useState } from 'react';
import Heading from '@atlaskit/heading';
import SectionMessage from '@atlaskit/section-message';
import Spinner from '@atlaskit/spinner';
import { formatDateTime } from '../forms/date-time';
import { requestJira } from '../host/host-client';
import { issueChanged, onIssueViewRefresh } from '../host/issue-refresh';
import { nextOverlayId, showFlag } from '../host/overlays';
import { asArray, asRecord, asString, jiraErrors, type Json } from '../json';
import { IconLabel } from '../common/jira-bits';
import { Link, paths } from '../router';
import { useSession } from '../session';
import { useJira } from '../use-jira';
import { Activity } from './activity';
import { AdfView } from './adf-view';
import { CommentBox } from './comment-box';
import { IssueActions } from './issue-actions';
import { IssueContexts, IssuePanels } from './issue-apps';
import { IssueDetails } from './issue-details';
import { StatusButton } from './status-button';

const TransitionDialog = lazy(() => import('./transition-dialog').then((m) => ({ default: m.TransitionDialog })));

export function IssuePage({ issueKey }: { readonly issueKey: string }) {
  const { user } = useSession();
  const key = encodeURIComponent(issueKey);
  const issueQ = useJira(`/rest/api/3/issue/${key}?expand=names,schema&fields=*all`, user.accountId);
  const historyQ = useJira(`/rest/api/3/issue/${key}/changelog?maxResults=100`, user.accountId);
  const [transition, setTransition] = useState<Json | null>(null);
  const { reload: reloadIssue } = issueQ;
  const { reload: reloadHistory } = historyQ;

  useEffect(() => onIssueViewRefresh(() => { reloadIssue(); reloadHistory(); }), [reloadIssue, reloadHistory]);

  if (issueQ.state.status === 'loading') return <main className="lb-page lb-center"><Spinner size="large" label="Loading issue" /></main>;
  if (issueQ.state.status === 'error') {
    return (
      <main className="lb-page">
        <SectionMessage appearance="warning" title="Issue unavailable">
          <p>{issueQ.state.messages[0] ?? "The issue doesn't exist or you don't have permission to see it."}</p>
        </SectionMessage>
      </main>
    );
  }
  const issue = asRecord(issueQ.state.data);
  const f = asRecord(issue.fields);
  const project = asRecord(f.project);
  const type = asRecord(f.issuetype);
  const issueRef = { id: asString(issue.id), key: asString(issue.key), typeName: asString(type.name), typeId: asString(type.id) };
  const projectRef = { id: asString(project.id), key: asString(project.key), type: asString(project.projectTypeKey, 'software') };
  const histories = historyQ.state.status === 'ready' ? asArray(asRecord(historyQ.state.data).values) : [];

  const changed = (changeType: 'updated' | 'commented'): void => {
    reloadIssue();
    reloadHistory();
    issueChanged(issueRef.id, projectRef.id, user.accountId, changeType);
  };
  const runTransition = async (t: Json): Promise<void> => {
    if (t.hasScreen === true) return setTransition(t);
    const res = await requestJira(`/rest/api/3/issue/${key}/transitions`, { method: 'POST', body: { transition: { id: asString(t.id) } } });
    if (res.status === 204) return changed('updated');
    const e = jiraErrors(res.body);
    showFlag({ id: nextOverlayId('transition-error'), type: 'error', bold: false, title: `We couldn't move ${issueKey} to ${asString(asRecord(t.to).name)}`, description: [...e.messages, ...Object.values(e.fields)].join(' '), actions: [], isAutoDismiss: false });
  };

  return (
    <div className="lb-issue" data-testid="issue-view">
      <main className="lb-issue-main">
        <nav className="lb-breadcrumbs" aria-label="Breadcrumbs">
          <Link to={paths.issues(projectRef.key)}>Projects</Link> / <Link to={paths.issues(projectRef.key)}>{asString(project.name)}</Link> /{' '}
          <IconLabel value={type} showLabel={false} /> <Link to={paths.issue(issueRef.key)}>{issueRef.key}</Link>
        </nav>
        <Heading size="large" as="h1">{asString(f.summary)}</Heading>
        <section className="lb-issue-section" aria-labelledby="description-heading">
          <h2 id="description-heading">Description</h2>
          <AdfView doc={f.description} empty="Add a description…" />
        </section>
        <IssuePanels issue={issueRef} project={projectRef} />
        <section className="lb-issue-section" aria-labelledby="activity-heading">
          <h2 id="activity-heading">Activity</h2>
          <CommentBox issueKey={issueRef.key} accountId={user.accountId} onSaved={() => changed('commented')} />
          <Activity comments={asArray(asRecord(f.comment).comments)} histories={histories} created={{ at: asString(f.created), by: f.creator ?? f.reporter }} timeZone={user.timeZone} />
        </section>
      </main>
      <aside className="lb-issue-side" aria-label="Issue details">
        <div className="lb-issue-toolbar">
          <StatusButton issueKey={issueRef.key} status={asRecord(f.status)} onTransition={(t) => void runTransition(t)} />
          <IssueActions issue={issueRef} project={projectRef} />
        </div>
        <IssueDetails fields={f} names={asRecord(issue.names)} timeZone={user.timeZone} />
        <IssueContexts issue={issueRef} project={projectRef} />
        <p className="lb-muted lb-dates">Created {formatDateTime(f.created, user.timeZone)}<br />Updated {formatDateTime(f.updated, user.timeZone)}</p>
      </aside>
      {transition && (
        <Suspense fallback={null}>
          <TransitionDialog issue={issue} transition={transition} onCancel={() => setTransition(null)} onDone={() => { setTransition(null); changed('updated'); }} />
        </Suspense>
      )}
    </div>
  );
}
