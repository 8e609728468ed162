// ConversationJira over Forge's requestJira as the app: the issue with its client ID, comments that carry
// their Telegram origin as the `linebridge.telegram` property, multipart attachments (Jira's XSRF guard needs
// `X-Atlassian-Token: no-check`), transitions, the last status change and the repeat-contact property.
// Never logs bodies or file contents; failures become typed errors (400 on a transition → BadRequestError).
import api, { route, type RequestInit as ForgeRequestInit, type Response as ForgeResponse } from '@forge/api';
import { BadRequestError } from '../domain/errors';
import { INCIDENT_PROPERTY_KEY } from '../domain/model/template/incident';
import type { CommentDoc } from '../domain/rules/telegram/telegram-comment';
import {
  REPEAT_CONTACTS_PROPERTY, TELEGRAM_ORIGIN_PROPERTY, type ConversationIssue, type ConversationJira, type IssueTransition,
  type RepeatContactsValue, type TelegramOrigin, type UploadedAttachment,
} from '../domain/use-cases/telegram/conversation/ports';
import { jiraFailure } from './forge-http-errors';

type Json = Record<string, unknown>;
type Requester = { requestJira: (path: ReturnType<typeof route>, init?: ForgeRequestInit) => Promise<ForgeResponse> };

const JSON_HEADERS = { 'Content-Type': 'application/json', Accept: 'application/json' };
const rec = (v: unknown): Json => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Json) : {});
const str = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');

/** A multipart/form-data body with one `file` part, built by hand so the bytes and boundary are exact. */
export function multipartFile(filename: string, mimeType: string, bytes: Uint8Array, boundary: string): Uint8Array {
  const safeName = filename.replace(/["\r\n\\]/g, '_');
  const safeType = /^[\w.+-]+\/[\w.+-]+$/.test(mimeType) ? mimeType : 'application/octet-stream';
  const head = new TextEncoder().encode(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${safeName}"\r\nContent-Type: ${safeType}\r\n\r\n`);
  const tail = new TextEncoder().encode(`\r\n--${boundary}--\r\n`);
  const out = new Uint8Array(head.length + bytes.length + tail.length);
  out.set(head, 0);
  out.set(bytes, head.length);
  out.set(tail, head.length + bytes.length);
  return out;
}

export class ForgeConversationJira implements ConversationJira {
  constructor(private readonly requester: Requester = api.asApp()) {}

  private async call(path: ReturnType<typeof route>, what: string, init?: ForgeRequestInit): Promise<Json> {
    const res = await this.requester.requestJira(path, init);
    if (!res.ok) throw jiraFailure(res, what);
    const text = await res.text();
    return text === '' ? {} : rec(JSON.parse(text));
  }

  async issue(issueIdOrKey: string): Promise<ConversationIssue> {
    const json = await this.call(route`/rest/api/3/issue/${issueIdOrKey}?fields=project,status&properties=${INCIDENT_PROPERTY_KEY}`, `issue ${issueIdOrKey}`);
    const fields = rec(json.fields);
    const status = rec(fields.status);
    const clientId = str(rec(rec(json.properties)[INCIDENT_PROPERTY_KEY]).clientId).trim();
    return {
      id: str(json.id), key: str(json.key), projectKey: str(rec(fields.project).key),
      status: { id: str(status.id), name: str(status.name), category: str(rec(status.statusCategory).key) },
      clientId: clientId === '' ? null : clientId,
    };
  }

  async findOriginComment(issueKey: string, origin: TelegramOrigin): Promise<string | null> {
    const json = await this.call(route`/rest/api/3/issue/${issueKey}/comment?orderBy=-created&maxResults=100&expand=properties`, `comments of ${issueKey}`);
    const comments = Array.isArray(json.comments) ? json.comments.map(rec) : [];
    const match = comments.find((c) => (Array.isArray(c.properties) ? c.properties.map(rec) : []).some((p) => {
      const v = rec(p.value);
      return p.key === TELEGRAM_ORIGIN_PROPERTY && v.chatId === origin.chatId && v.messageId === origin.messageId;
    }));
    return match ? str(match.id) : null;
  }

  async addComment(issueKey: string, body: CommentDoc, origin: TelegramOrigin): Promise<string> {
    const payload = { body, properties: [{ key: TELEGRAM_ORIGIN_PROPERTY, value: origin }] };
    const json = await this.call(route`/rest/api/3/issue/${issueKey}/comment`, `comment on ${issueKey}`, { method: 'POST', headers: JSON_HEADERS, body: JSON.stringify(payload) });
    return str(json.id);
  }

  async updateComment(issueKey: string, commentId: string, body: CommentDoc): Promise<void> {
    await this.call(route`/rest/api/3/issue/${issueKey}/comment/${commentId}`, `comment ${commentId}`, { method: 'PUT', headers: JSON_HEADERS, body: JSON.stringify({ body }) });
  }

  async addAttachment(issueKey: string, file: { filename: string; mimeType: string; bytes: Uint8Array }): Promise<UploadedAttachment> {
    const boundary = `----linebridge${Math.random().toString(36).slice(2)}${Date.now().toString(36)}`;
    const res = await this.requester.requestJira(route`/rest/api/3/issue/${issueKey}/attachments`, {
      method: 'POST',
      headers: { Accept: 'application/json', 'X-Atlassian-Token': 'no-check', 'Content-Type': `multipart/form-data; boundary=${boundary}` },
      body: multipartFile(file.filename, file.mimeType, file.bytes, boundary).buffer as ArrayBuffer,
    });
    if (!res.ok) throw jiraFailure(res, `attachment on ${issueKey}`);
    const [first] = (JSON.parse(await res.text()) as unknown[]).map(rec);
    if (!first) throw new BadRequestError(`Jira stored no attachment on ${issueKey}`);
    return { id: str(first.id), filename: str(first.filename) || file.filename, url: str(first.content) };
  }

  async transitions(issueKey: string): Promise<readonly IssueTransition[]> {
    const json = await this.call(route`/rest/api/3/issue/${issueKey}/transitions`, `transitions of ${issueKey}`);
    return (Array.isArray(json.transitions) ? json.transitions.map(rec) : []).map((t) => {
      const to = rec(t.to);
      return { id: str(t.id), name: str(t.name), toId: str(to.id), toName: str(to.name), toCategory: str(rec(to.statusCategory).key) };
    });
  }

  async transition(issueKey: string, transitionId: string): Promise<void> {
    const res = await this.requester.requestJira(route`/rest/api/3/issue/${issueKey}/transitions`, {
      method: 'POST', headers: JSON_HEADERS, body: JSON.stringify({ transition: { id: transitionId } }),
    });
    if (res.status === 400) throw new BadRequestError(`Jira refused transition ${transitionId} of ${issueKey}`);
    if (!res.ok) throw jiraFailure(res, `transition of ${issueKey}`);
  }

  async previousStatus(issueKey: string): Promise<string | null> {
    const head = await this.call(route`/rest/api/3/issue/${issueKey}/changelog?maxResults=1`, `history of ${issueKey}`);
    const total = typeof head.total === 'number' ? head.total : 0;
    const page = await this.call(route`/rest/api/3/issue/${issueKey}/changelog?startAt=${Math.max(0, total - 100)}&maxResults=100`, `history of ${issueKey}`);
    const values = Array.isArray(page.values) ? page.values.map(rec) : [];
    for (const history of values.reverse()) {
      const item = (Array.isArray(history.items) ? history.items.map(rec) : []).find((i) => i.fieldId === 'status' || i.field === 'status');
      if (item) return str(item.fromString) || null;
    }
    return null;
  }

  async repeatContacts(issueKey: string): Promise<RepeatContactsValue | null> {
    const res = await this.requester.requestJira(route`/rest/api/3/issue/${issueKey}/properties/${REPEAT_CONTACTS_PROPERTY}`);
    if (res.status === 404) return null;
    if (!res.ok) throw jiraFailure(res, `repeat contacts of ${issueKey}`);
    const value = rec(rec(JSON.parse(await res.text())).value);
    return Array.isArray(value.contacts) ? { v: 1, contacts: value.contacts as RepeatContactsValue['contacts'] } : null;
  }

  async setRepeatContacts(issueKey: string, value: RepeatContactsValue): Promise<void> {
    await this.call(route`/rest/api/3/issue/${issueKey}/properties/${REPEAT_CONTACTS_PROPERTY}`, `repeat contacts of ${issueKey}`, {
      method: 'PUT', headers: JSON_HEADERS, body: JSON.stringify(value),
    });
  }
}
