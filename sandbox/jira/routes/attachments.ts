// POST /issue/{k}/attachments: multipart/form-data with `file` parts, stored byte-exact. As in Jira Cloud:
// the XSRF guard demands `X-Atlassian-Token: no-check` (403 "XSRF check failed" otherwise), Browse and
// Create attachments permissions, 413 when a file exceeds the upload limit, more than 60 files are sent
// at once, or the issue's attachment count would pass the per-issue limit.
import { jsonResponse } from '../../http-types';
import { hasProjectPermission, visibleIssue } from '../domain/permissions';
import { formatJiraDate } from '../format';
import { badRequest, forbidden, JiraHttpError } from '../http/errors';
import { route, type Route } from '../http/route';
import { nextId } from '../store/schema';
import { userRef } from '../views/user-view';

/** The site's attachment upload limit (GET /attachment/meta `uploadLimit` on a real site; admins set it). */
export const ATTACHMENT_UPLOAD_LIMIT = 10 * 1024 * 1024;
export const MAX_FILES_PER_REQUEST = 60;
export const MAX_ATTACHMENTS_PER_ISSUE = 2000;

type Part = { name: string; filename: string; contentType: string; content: Buffer };

/** Parses on the raw bytes (latin1 keeps one char per byte), so binary files survive unchanged. */
export function parseMultipart(contentType: string | undefined, body: Uint8Array): Part[] {
  const boundary = /boundary="?([^";]+)"?/i.exec(contentType ?? '')?.[1];
  if (!boundary) return [];
  const text = Buffer.from(body).toString('latin1');
  return text.split(`--${boundary}`).slice(1, -1).flatMap((chunk) => {
    const part = chunk.replace(/^\r?\n/, '');
    const split = part.search(/\r?\n\r?\n/);
    if (split < 0) return [];
    const head = part.slice(0, split);
    const content = part.slice(split).replace(/^\r?\n\r?\n/, '').replace(/\r?\n$/, '');
    const disposition = /content-disposition:([^\r\n]*)/i.exec(head)?.[1] ?? '';
    const name = /name="([^"]*)"/i.exec(disposition)?.[1] ?? '';
    const filename = /filename="([^"]*)"/i.exec(disposition)?.[1];
    const type = /content-type:\s*([^\r\n]*)/i.exec(head)?.[1]?.trim() ?? 'application/octet-stream';
    // Header text is UTF-8 on the wire: re-decode the file name from its latin1 bytes.
    const decodedName = filename === undefined ? undefined : Buffer.from(filename, 'latin1').toString('utf8');
    return decodedName === undefined ? [] : [{ name, filename: decodedName, contentType: type, content: Buffer.from(content, 'latin1') }];
  });
}

const tooLarge = (message: string) => new JiraHttpError(413, [message]);

export const attachmentRoutes: readonly Route[] = [
  route('POST', '/rest/api/3/issue/{issueIdOrKey}/attachments', (ctx) => {
    if ((ctx.req.headers['x-atlassian-token'] ?? '').toLowerCase() !== 'no-check') throw forbidden('XSRF check failed');
    const issue = visibleIssue(ctx.site, ctx.caller, ctx.params.issueIdOrKey ?? '');
    if (!hasProjectPermission(ctx.site, ctx.caller, issue.projectId, 'CREATE_ATTACHMENTS')) {
      throw forbidden('You do not have permission to create attachments for this issue.');
    }
    const bytes = ctx.req.bodyBytes ?? new Uint8Array(Buffer.from(ctx.req.body, 'utf8'));
    const files = parseMultipart(ctx.req.headers['content-type'], bytes).filter((p) => p.name === 'file');
    if (files.length === 0) throw badRequest('No attachments were provided in the request. The multipart parameter must be named \'file\'.');
    if (files.length > MAX_FILES_PER_REQUEST) throw tooLarge(`You can upload at most ${MAX_FILES_PER_REQUEST} files at once.`);
    const big = files.find((f) => f.content.length > ATTACHMENT_UPLOAD_LIMIT);
    if (big) throw tooLarge(`The file ${big.filename} is too large: the maximum attachment size is ${ATTACHMENT_UPLOAD_LIMIT} bytes.`);
    if (ctx.site.appConfig.attachments(issue.id).length + files.length > MAX_ATTACHMENTS_PER_ISSUE) {
      throw tooLarge(`The issue has reached its limit of ${MAX_ATTACHMENTS_PER_ISSUE} attachments.`);
    }
    const now = ctx.site.now();
    const saved = ctx.site.db.transaction(() => files.map((f) => {
      const record = { id: nextId(ctx.site.db, 'attachment'), issueId: issue.id, filename: f.filename, mimeType: f.contentType, size: f.content.length, author: ctx.caller.accountId, created: now };
      ctx.site.appConfig.saveAttachment(record, new Uint8Array(f.content));
      return record;
    }));
    return jsonResponse(200, saved.map((a) => ({
      self: ctx.site.api(`/attachment/${a.id}`), id: String(a.id), filename: a.filename, author: userRef(ctx.site, a.author),
      created: formatJiraDate(a.created), size: a.size, mimeType: a.mimeType, content: ctx.site.api(`/attachment/content/${a.id}`),
    })));
  }),
];
