// JQL search over the stand-in's issues: parse/compile with the sandbox JQL module, drop issues the caller
// cannot browse, model index lag (recently written issues stay invisible unless reconciled), then sort.
import { JqlError, compileJqlSearch } from '../jql/index';
import { badRequest, JiraHttpError } from '../http/errors';
import type { IssueRecord } from '../store/issues-store';
import { hasProjectPermission, type Caller } from './permissions';
import { customTypes, issueView, jqlResolver, type EntityPropertyIndex } from './search-index';
import type { Site } from './site';

export const UNBOUNDED = 'Unbounded JQL queries are not allowed here. Please add a search restriction to your query.';

export type SearchOptions = { readonly reconcileIssues?: readonly number[]; readonly requireBounded?: boolean };

export function searchIssues(site: Site, caller: Caller, indexes: readonly EntityPropertyIndex[], jql: string, opts: SearchOptions = {}): IssueRecord[] {
  const currentUser = caller.kind === 'user' ? caller.accountId : null;
  let compiled: ReturnType<typeof compileJqlSearch>;
  try {
    compiled = compileJqlSearch(jql, jqlResolver(site, currentUser, indexes));
  } catch (error) {
    if (error instanceof JqlError) throw new JiraHttpError(400, error.errorMessages);
    throw error;
  }
  if ((opts.requireBounded ?? true) && compiled.query.where === null) throw badRequest(UNBOUNDED);
  const now = site.now();
  const reconcile = new Set(opts.reconcileIssues ?? []);
  const indexed = (i: IssueRecord): boolean => reconcile.has(i.id) || now - i.updated >= site.searchVisibilityDelayMs;
  const types = customTypes(site);
  const candidates = site.issues.all()
    .filter((i) => hasProjectPermission(site, caller, i.projectId, 'BROWSE_PROJECTS'))
    .filter(indexed)
    .map((issue) => ({ issue, view: issueView(site, issue, types) }))
    .filter((c) => compiled.matches(c.view));
  candidates.sort((a, b) => compiled.compare(a.view, b.view) || b.issue.id - a.issue.id);
  return candidates.map((c) => c.issue);
}
