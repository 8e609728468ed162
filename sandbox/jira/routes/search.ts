// Enhanced JQL search: GET|POST /search/jql (token paging, `isLast`, no `total`, default fields = id, page
// cap 5000 for id/key-only requests and 100 otherwise, `reconcileIssues` ≤ 50), POST
// /search/approximate-count, and the removed /search (410).
import { createHash } from 'node:crypto';
import { jsonResponse } from '../../http-types';
import { allFields } from '../domain/fields/field-defs';
import { searchIssues } from '../domain/search';
import { csvParam, intParam } from '../format';
import { badRequest, JiraHttpError } from '../http/errors';
import { asObject, isRecord } from '../http/json-body';
import { route, type Route, type RouteContext } from '../http/route';
import { parseFieldSelection } from '../views/field-selection';
import { issueBean } from '../views/issue-bean';

type SearchRequest = { jql: string; nextPageToken?: string; maxResults: number; fields: string[]; expand: string[]; properties: string[]; reconcileIssues: number[] };

const SEARCH_EXPAND = 'operations,versionedRepresentations,editmeta,changelog,renderedFields';
const ID_ONLY_CAP = 5000;
const FIELDS_CAP = 100;

function fromQuery(ctx: RouteContext): SearchRequest {
  const q = ctx.query;
  return {
    jql: q.get('jql') ?? '',
    ...(q.get('nextPageToken') ? { nextPageToken: q.get('nextPageToken') ?? '' } : {}),
    maxResults: intParam(q.get('maxResults'), 50),
    fields: csvParam(q.getAll('fields')),
    expand: csvParam(q.getAll('expand')),
    properties: csvParam(q.getAll('properties')),
    reconcileIssues: csvParam(q.getAll('reconcileIssues')).map(Number).filter(Number.isInteger),
  };
}

function fromBody(ctx: RouteContext): SearchRequest {
  const b = asObject(ctx.json());
  const list = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : typeof v === 'string' ? csvParam(v) : []);
  return {
    jql: typeof b.jql === 'string' ? b.jql : '',
    ...(typeof b.nextPageToken === 'string' ? { nextPageToken: b.nextPageToken } : {}),
    maxResults: typeof b.maxResults === 'number' ? b.maxResults : 50,
    fields: list(b.fields),
    expand: list(b.expand),
    properties: list(b.properties),
    reconcileIssues: Array.isArray(b.reconcileIssues) ? b.reconcileIssues.map(Number).filter(Number.isInteger) : [],
  };
}

const digest = (jql: string): string => createHash('sha1').update(jql).digest('hex').slice(0, 12);
const encodeToken = (offset: number, jql: string): string => Buffer.from(JSON.stringify({ o: offset, q: digest(jql) })).toString('base64url');

function decodeToken(token: string, jql: string): number {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
    if (isRecord(parsed) && typeof parsed.o === 'number' && parsed.q === digest(jql)) return parsed.o;
  } catch {
    // fall through to the error below
  }
  throw badRequest('The provided next page token is invalid or expired.');
}

function runSearch(ctx: RouteContext, r: SearchRequest): ReturnType<typeof jsonResponse> {
  if (r.reconcileIssues.length > 50) throw badRequest('The number of issues to reconcile must be less than or equal to 50.');
  if (r.properties.length > 5) throw badRequest('The number of properties must be less than or equal to 5.');
  const matches = searchIssues(ctx.site, ctx.caller, ctx.entityProperties, r.jql, { reconcileIssues: r.reconcileIssues });
  const selection = parseFieldSelection(r.fields, 'id');
  const keyOnly = r.fields.length === 0 || r.fields.every((f) => f === 'id' || f === 'key');
  const cap = keyOnly && r.expand.length === 0 ? ID_ONLY_CAP : FIELDS_CAP;
  const pageSize = Math.max(1, Math.min(cap, r.maxResults));
  const offset = r.nextPageToken === undefined ? 0 : decodeToken(r.nextPageToken, r.jql);
  const page = matches.slice(offset, offset + pageSize);
  const expand = new Set(r.expand);
  const issues = page.map((issue) => selection.idOnly && r.properties.length === 0
    ? { id: String(issue.id) }
    : issueBean(ctx.site, issue, { selection, expand, properties: r.properties, expandValue: SEARCH_EXPAND, caller: ctx.caller }));
  const isLast = offset + pageSize >= matches.length;
  const defs = allFields(ctx.site).filter((d) => selection.includes(d));
  return jsonResponse(200, {
    issues,
    ...(isLast ? {} : { nextPageToken: encodeToken(offset + pageSize, r.jql) }),
    isLast,
    ...(expand.has('names') ? { names: Object.fromEntries(defs.map((d) => [d.id, d.name])) } : {}),
    ...(expand.has('schema') ? { schema: Object.fromEntries(defs.filter((d) => d.schema).map((d) => [d.id, { ...d.schema }])) } : {}),
  });
}

const REMOVED = 'The requested API has been removed. Please migrate to the /rest/api/3/search/jql API. A full migration guideline is available at https://developer.atlassian.com/changelog/#CHANGE-2046';

export const searchRoutes: readonly Route[] = [
  route('GET', '/rest/api/3/search/jql', (ctx) => runSearch(ctx, fromQuery(ctx))),
  route('POST', '/rest/api/3/search/jql', (ctx) => runSearch(ctx, fromBody(ctx))),
  route('POST', '/rest/api/3/search/approximate-count', (ctx) => {
    const b = asObject(ctx.json());
    const jql = typeof b.jql === 'string' ? b.jql : '';
    return jsonResponse(200, { count: searchIssues(ctx.site, ctx.caller, ctx.entityProperties, jql).length });
  }),
  route('GET', '/rest/api/3/search', () => { throw new JiraHttpError(410, [REMOVED]); }),
  route('POST', '/rest/api/3/search', () => { throw new JiraHttpError(410, [REMOVED]); }),
];
