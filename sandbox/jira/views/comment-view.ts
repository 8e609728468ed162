// Jira's comment JSON (v3: ADF body) with author, visibility and the JSM-style `jsdPublic` flag.
import type { Site } from '../domain/site';
import { formatJiraDate } from '../format';
import type { CommentRecord } from '../store/comments-store';
import type { IssueRecord } from '../store/issues-store';
import { adfToHtml } from '../adf';
import { userRef } from './user-view';

export function commentJson(site: Site, issue: IssueRecord, c: CommentRecord, renderedBody = false): Record<string, unknown> {
  return {
    self: site.api(`/issue/${issue.id}/comment/${c.id}`),
    id: String(c.id),
    author: userRef(site, c.author),
    body: c.body,
    ...(renderedBody ? { renderedBody: adfToHtml(c.body) } : {}),
    updateAuthor: userRef(site, c.updateAuthor),
    created: formatJiraDate(c.created),
    updated: formatJiraDate(c.updated),
    ...(c.visibility ? { visibility: { ...c.visibility } } : {}),
    jsdPublic: c.jsdPublic,
    ...(c.properties.length > 0 ? { properties: c.properties.map((p) => ({ key: p.key, value: p.value })) } : {}),
  };
}
