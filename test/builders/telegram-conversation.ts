// Builders for the two-way conversation's entry tests (the host comes from useTelegramHost): a client group
// linked to project SUP (and a client ID) the way the intake stores links, a "public only" route to it, issues
// of a client, Jira reads as the app, and raw updates posted to the webhook again (a redelivery). No assertions.
import { kvs } from '@forge/kvs';
import type { LocalHost } from '../../sandbox/host/local-host';
import { INTAKE_KEYS } from '../../src/domain/use-cases/telegram/intake/intake-model';
import { jiraRequest, seededUser } from './host';
import { asApp, fileIncident } from './sla-host';
import { botMessages, comment, deliverAll, saveTelegramSettings } from './telegram';

export type ClientChat = { readonly chatId: number; readonly person: { readonly id: number } };

/** A client group with one person (Ivan Petrov, @ivan_p), linked to SUP for `clientId`, with a public-only route. */
export async function linkedClientChat(host: LocalHost, clientId: string | null = '4711', title = 'Acme <support>'): Promise<ClientChat> {
  const person = host.telegram.createUser({ firstName: 'Ivan', lastName: 'Petrov', username: 'ivan_p', languageCode: 'en' });
  const chat = host.telegram.createChat('supergroup', title, [person.id]);
  await host.telegram.webhookIdle();
  await asApp(host, () => kvs.set(INTAKE_KEYS.link(chat.id), {
    v: 1, chatId: chat.id, title, projectKey: 'SUP', clientId, linkedAt: Date.now(), linkedBy: { id: person.id, name: 'Ivan', username: 'ivan_p' }, migratedFrom: [],
  }));
  return { chatId: chat.id, person };
}

export async function routeToClient(host: LocalHost, chatId: number): Promise<void> {
  await saveTelegramSettings(host, [{ chatId, publicOnly: true, events: ['created', 'statusChanged', 'commented', 'resolved', 'reopened'] }]);
}

export async function appCall(host: LocalHost, method: string, path: string, body?: unknown): Promise<{ status: number; json: unknown }> {
  const res = await host.jira.handle(jiraRequest(method, path, body), { kind: 'app' });
  return { status: res.status, json: res.body === '' ? undefined : (JSON.parse(res.body) as unknown) };
}

/** An incident of a client (the incident property LineBridge writes when it files one). */
export async function clientIssue(host: LocalHost, clientId: string, priority: 'High' | 'Medium' = 'High'): Promise<{ id: string; key: string }> {
  const key = await fileIncident(host, priority, `Checkout fails for client ${clientId}`);
  await appCall(host, 'PUT', `/rest/api/3/issue/${key}/properties/linebridge.incident`, { clientId, templateId: 'default', templateVersion: 1 });
  const issue = (await appCall(host, 'GET', `/rest/api/3/issue/${key}?fields=summary`)).json as { id: string };
  return { id: issue.id, key };
}

/** Line 2 comments publicly; the notification reaches the client chat. Returns the bot's message id there. */
export async function publicNotice(host: LocalHost, chatId: number, issueKey: string, text = 'Could you send us the error log?'): Promise<number> {
  const before = botMessages(host, chatId).length;
  await comment(host, issueKey, text);
  await deliverAll(host, { virtualMs: 10_000 });
  const sent = botMessages(host, chatId);
  const last = sent[sent.length - 1];
  if (sent.length === before || !last) throw new Error(`no notification about ${issueKey} reached chat ${chatId}`);
  return last.message.message_id;
}

export type JiraComment = { id: string; body: unknown; properties?: { key: string; value: unknown }[] };

export async function comments(host: LocalHost, issueKey: string): Promise<JiraComment[]> {
  return ((await appCall(host, 'GET', `/rest/api/3/issue/${issueKey}/comment`)).json as { comments: JiraComment[] }).comments;
}

export const fromTelegram = (c: JiraComment): boolean => (c.properties ?? []).some((p) => p.key === 'linebridge.telegram');

export async function attachments(host: LocalHost, issueKey: string): Promise<{ id: string; filename: string; size: number }[]> {
  return ((await appCall(host, 'GET', `/rest/api/3/issue/${issueKey}?fields=attachment`)).json as { fields: { attachment: { id: string; filename: string; size: number }[] } }).fields.attachment;
}

export async function property<T>(host: LocalHost, issueKey: string, key: string): Promise<T | undefined> {
  const res = await appCall(host, 'GET', `/rest/api/3/issue/${issueKey}/properties/${key}`);
  return res.status === 200 ? (res.json as { value: T }).value : undefined;
}

export async function statusOf(host: LocalHost, issueKey: string): Promise<string> {
  return ((await appCall(host, 'GET', `/rest/api/3/issue/${issueKey}?fields=status`)).json as { fields: { status: { name: string } } }).fields.status.name;
}

/** Posts a raw update to the webhook as Telegram does (with the secret): a redelivery. */
export async function postUpdate(host: LocalHost, update: unknown): Promise<{ status: number; body: string }> {
  const url = new URL(host.webTriggerUrl('telegram-webhook') ?? '');
  const id = url.pathname.split('/').pop() ?? '';
  return host.callWebTrigger(id, {
    method: 'POST', path: url.pathname, query: new URLSearchParams(),
    headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': host.telegram.bot().webhookSecret },
    body: JSON.stringify(update),
  });
}

/** Everything the client reads in the chat from the bot, oldest first. */
export const botTexts = (host: LocalHost, chatId: number): string[] => botMessages(host, chatId).map((m) => m.message.text ?? '');

export const line2 = seededUser('line2');

export { deliverAll };
