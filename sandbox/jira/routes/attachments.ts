// POST /issue/{k}/attachments: multipart/form-data with `file` parts; Jira's XSRF guard demands the
// `X-Atlassian-Token: no-check` header (403 "XSRF check failed" otherwise).
import { jsonResponse } from '../../http-types';
import { hasProjectPermission, visibleIssue } from '../domain/permissions';
import { formatJiraDate } from '../format';
import { badRequest, forbidden } from '../http/errors';
import { route, type Route } from '../http/route';
import { nextId } from '../store/schema';
import { userRef } from '../views/user-view';

type Part = { name: string; filename: string; contentType: string; content: string };

export function parseMultipart(contentType: string | undefined, body: string): Part[] {
  const boundary = /boundary="?([^";]+)"?/i.exec(contentType ?? '')?.[1];
  if (!boundary) return [];
  return body.split(`--${boundary}`).slice(1, -1).flatMap((chunk) => {
    const part = chunk.replace(/^\r?\n/, '');
    const split = part.search(/\r?\n\r?\n/);
    if (split < 0) return [];
    const head = part.slice(0, split);
    const content = part.slice(split).replace(/^\r?\n\r?\n/, '').replace(/\r?\n$/, '');
    const disposition = /content-disposition:([^\r\n]*)/i.exec(head)?.[1] ?? '';
    const name = /name="([^"]*)"/i.exec(disposition)?.[1] ?? '';
    const filename = /filename="([^"]*)"/i.exec(disposition)?.[1];
    const type = /content-type:\s*([^\r\n]*)/i.exec(head)?.[1]?.trim() ?? 'application/octet-stream';
    return filename === undefined ? [] : [{ name, filename, contentType: type, content }];
  });
}

export const attachmentRoutes: readonly Route[] = [
  route('POST', '/rest/api/3/issue/{issueIdOrKey}/attachments', (ctx) => {
    if ((ctx.req.headers['x-atlassian-token'] ?? '').toLowerCase() !== 'no-check') throw forbidden('XSRF check failed');
    const issue = visibleIssue(ctx.site, ctx.caller, ctx.params.issueIdOrKey ?? '');
    if (!hasProjectPermission(ctx.site, ctx.caller, issue.projectId, 'CREATE_ATTACHMENTS')) {
      throw forbidden('You do not have permission to create attachments for this issue.');
    }
    const files = parseMultipart(ctx.req.headers['content-type'], ctx.req.body).filter((p) => p.name === 'file');
    if (files.length === 0) throw badRequest('No attachments were provided in the request. The multipart parameter must be named \'file\'.');
    const now = ctx.site.now();
    const saved = ctx.site.db.transaction(() => files.map((f) => {
      const bytes = Buffer.from(f.content, 'utf8');
      const record = { id: nextId(ctx.site.db, 'attachment'), issueId: issue.id, filename: f.filename, mimeType: f.contentType, size: bytes.length, author: ctx.caller.accountId, created: now };
      ctx.site.appConfig.saveAttachment(record, new Uint8Array(bytes));
      return record;
    }));
    return jsonResponse(200, saved.map((a) => ({
      self: ctx.site.api(`/attachment/${a.id}`), id: String(a.id), filename: a.filename, author: userRef(ctx.site, a.author),
      created: formatJiraDate(a.created), size: a.size, mimeType: a.mimeType, content: ctx.site.api(`/attachment/content/${a.id}`),
    })));
  }),
];
