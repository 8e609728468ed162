// The project's issue navigator: JQL box, result count and list, "Load more" through nextPageToken.
// Searches GET /rest/api/3/search/jql as the signed-in user; Jira's 400 messages appear under the box.
import { useEffect, useState } from 'react';
import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import { requestJira } from '../host/host-client';
import { asArray, asRecord, jiraErrors, type Json } from '../json';
import { navigate, paths } from '../router';
import { useSession } from '../session';
import { IssueTable, LIST_FIELDS } from './issue-table';
import { JqlBox } from './jql-box';

type Results = { readonly issues: readonly Json[]; readonly next: string | null; readonly count: number | null };

async function search(jql: string, token: string | null): Promise<{ ok: true; issues: Json[]; next: string | null } | { ok: false; errors: readonly string[] }> {
  const q = new URLSearchParams({ jql, fields: LIST_FIELDS, maxResults: '50' });
  if (token) q.set('nextPageToken', token);
  const res = await requestJira(`/rest/api/3/search/jql?${q.toString()}`);
  if (res.status !== 200) return { ok: false, errors: jiraErrors(res.body).messages };
  const body = asRecord(res.body);
  return { ok: true, issues: asArray(body.issues).map(asRecord), next: typeof body.nextPageToken === 'string' ? body.nextPageToken : null };
}

export function IssueListPage({ projectKey, jql }: { readonly projectKey: string; readonly jql: string | null }) {
  const { user } = useSession();
  const query = jql ?? `project = ${projectKey} ORDER BY created DESC`;
  const [results, setResults] = useState<Results>({ issues: [], next: null, count: null });
  const [errors, setErrors] = useState<readonly string[]>([]);
  const [loading, setLoading] = useState(true);

  useEffect(() => {
    let current = true;
    setLoading(true);
    void Promise.all([search(query, null), requestJira('/rest/api/3/search/approximate-count', { method: 'POST', body: { jql: query } })]).then(([page, count]) => {
      if (!current) return;
      setLoading(false);
      if (!page.ok) {
        setErrors(page.errors);
        setResults({ issues: [], next: null, count: null });
        return;
      }
      setErrors([]);
      const n = count.status === 200 ? Number(asRecord(count.body).count) : NaN;
      setResults({ issues: page.issues, next: page.next, count: Number.isFinite(n) ? n : null });
    });
    return () => {
      current = false;
    };
  }, [query, user.accountId]);

  const loadMore = async (): Promise<void> => {
    if (!results.next) return;
    setLoading(true);
    const page = await search(query, results.next);
    setLoading(false);
    if (page.ok) setResults((r) => ({ ...r, issues: [...r.issues, ...page.issues], next: page.next }));
  };

  return (
    <main className="lb-page" aria-labelledby="issues-heading">
      <div className="lb-breadcrumbs">Projects / {projectKey}</div>
      <Heading size="large" as="h1" id="issues-heading">
        Issues
      </Heading>
      <JqlBox jql={query} errors={errors} onSearch={(next) => navigate(paths.issues(projectKey, next))} />
      {errors.length === 0 && (
        <p className="lb-result-count" data-testid="result-count">
          {results.count === null ? '' : `${results.issues.length} of ${results.count} ${results.count === 1 ? 'issue' : 'issues'}`}
        </p>
      )}
      <IssueTable issues={results.issues} loading={loading} timeZone={user.timeZone} />
      {results.next && (
        <div className="lb-load-more">
          <Button onClick={() => void loadMore()} isDisabled={loading}>
            Load more
          </Button>
        </div>
      )}
    </main>
  );
}
