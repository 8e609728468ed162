// The two-way conversation beyond the comment: public Jira comments reach the linked client chat and internal
// ones never do (nor is the client's own comment echoed back); a client's reply takes the issue out of
// "Waiting for customer" so the SLA clock runs again (configurable); chasing messages count as repeat contacts
// for the support-lines panel, once each.
import { kvs } from '@forge/kvs';
import type { LocalHost } from '../../sandbox/host/local-host';
import { asApp, drain, saveDefaultSla, slaProperty, transition } from '../builders/sla-host';
import { comment, saveTelegramSettings, useTelegramHost } from '../builders/telegram';
import { INTAKE_KEYS } from '../../src/domain/use-cases/telegram/intake/intake-model';
import {
  botTexts, clientIssue, comments, deliverAll, fromTelegram, linkedClientChat, postUpdate, property, publicNotice, routeToClient,
  statusOf, type ClientChat,
} from '../builders/telegram-conversation';

const host = useTelegramHost();
let client: ClientChat;

beforeEach(async () => {
  await saveDefaultSla(host());
  client = await linkedClientChat(host());
  await routeToClient(host(), client.chatId);
  await drain(host());
});

async function post(text: string, opts: Parameters<LocalHost['telegram']['postAsPerson']>[3] = {}) {
  const posted = host().telegram.postAsPerson(client.chatId, client.person.id, text, opts);
  await host().telegram.webhookIdle();
  await deliverAll(host(), { virtualMs: 10_000 });
  return posted;
}

async function waitingForCustomer(key: string): Promise<void> {
  await transition(host(), key, '11', 'line1');
  await transition(host(), key, '21', 'line2');
  await transition(host(), key, '31', 'line2');
  await deliverAll(host(), { virtualMs: 10_000 });
}

type Sla = { resolution: { state: string }; paused: boolean };
type Contacts = { contacts: { ref: string; commentId: string | null }[] };

describe('Jira → the linked chat', () => {
  it('sends a public comment to the client chat and never an internal one', async () => {
    const issue = await clientIssue(host(), '4711');
    await comment(host(), issue.key, 'Internal: the DB replica lags', { internal: true });
    await comment(host(), issue.key, 'Restricted note', { visibility: { type: 'role', value: 'Members' } });
    await comment(host(), issue.key, 'We are deploying a fix now');
    await deliverAll(host(), { virtualMs: 10_000 });

    const texts = botTexts(host(), client.chatId).join('\n');
    expect(texts).toContain('We are deploying a fix now');
    expect(texts).not.toContain('DB replica');
    expect(texts).not.toContain('Restricted note');
  });

  it('reaches a linked chat without any route when the issue was filed from it, public comments only', async () => {
    await saveTelegramSettings(host(), []);
    const issue = await clientIssue(host(), '4711');
    await asApp(host(), () => kvs.set(INTAKE_KEYS.issueChat(issue.id), { issueId: issue.id, issueKey: issue.key, chatId: client.chatId, threadId: null, locale: 'en', at: Date.now() }));
    await comment(host(), issue.key, 'Internal: restart the worker', { internal: true });
    await comment(host(), issue.key, 'Please try again now');
    await deliverAll(host(), { virtualMs: 10_000 });
    const texts = botTexts(host(), client.chatId);
    expect(texts.join('\n')).toContain('Please try again now');
    expect(texts.join('\n')).not.toContain('restart the worker');

    const notice = host().telegram.listMessages(client.chatId).filter((m) => m.sender === 'bot').at(-1)?.message.message_id ?? 0;
    await post('Works now, thank you', { replyToMessageId: notice });
    expect((await comments(host(), issue.key)).filter(fromTelegram)).toHaveLength(1);
  });

  it('does not echo a comment made from Telegram back to the chat, even if its event is delivered', async () => {
    const issue = await clientIssue(host(), '4711');
    const notice = await publicNotice(host(), client.chatId, issue.key);
    await post('Thanks, trying now', { replyToMessageId: notice });
    const made = (await comments(host(), issue.key)).find(fromTelegram);
    const before = botTexts(host(), client.chatId).length;
    // As if Jira delivered the app's own comment event (ignoreSelf normally drops it).
    host().events.dispatch({ eventType: 'avi:jira:commented:issue', payload: { issue: { id: issue.id, key: issue.key, fields: { project: { key: 'SUP' } } }, comment: { id: made?.id ?? '' }, atlassianId: 'someone' }, causedByApp: false });
    await deliverAll(host(), { virtualMs: 10_000 });

    expect(made).toBeDefined();
    expect(botTexts(host(), client.chatId).length).toBe(before);
  });
});

describe('a client reply resumes a paused SLA', () => {
  it('moves the issue from Waiting for customer back to In Progress, and the clock runs again', async () => {
    const issue = await clientIssue(host(), '4711');
    await waitingForCustomer(issue.key);
    expect(await slaProperty(host(), issue.key)).toMatchObject({ resolution: { state: 'paused' } });
    const notice = botTexts(host(), client.chatId).length > 0 ? host().telegram.listMessages(client.chatId).filter((m) => m.sender === 'bot').at(-1)?.message.message_id : undefined;
    expect(notice).toBeDefined();

    await post('The error is gone after the restart, but the report is still empty', { replyToMessageId: notice ?? 0 });

    expect(await statusOf(host(), issue.key)).toBe('In Progress');
    const sla = (await slaProperty(host(), issue.key)) as Sla | undefined;
    expect(sla?.resolution.state).toBe('running');
  });

  it('leaves the status alone when the admin turned resuming off', async () => {
    await asApp(host(), () => kvs.set('tg:conv:settings', { resumeOnClientReply: false }));
    const issue = await clientIssue(host(), '4711');
    await waitingForCustomer(issue.key);
    const notice = host().telegram.listMessages(client.chatId).filter((m) => m.sender === 'bot').at(-1)?.message.message_id ?? 0;

    await post('Here you go', { replyToMessageId: notice });

    expect(await statusOf(host(), issue.key)).toBe('Waiting for customer');
    expect(await slaProperty(host(), issue.key)).toMatchObject({ resolution: { state: 'paused' } });
    expect((await comments(host(), issue.key)).filter(fromTelegram)).toHaveLength(1);
  });
});

describe('repeat contacts', () => {
  it('counts a chasing reply once, in the issue property and in the support-lines facts', async () => {
    const issue = await clientIssue(host(), '4711');
    await transition(host(), issue.key, '11', 'line1');
    const notice = await publicNotice(host(), client.chatId, issue.key);
    await post('Thanks, here are the details', { replyToMessageId: notice });
    const chase = await post('Any news? We are still blocked', { replyToMessageId: notice });
    await asApp(host(), () => kvs.delete(`tg:upd:${chase.update?.update_id ?? 0}`));
    await postUpdate(host(), chase.update);
    await deliverAll(host());

    const contacts = await property<Contacts>(host(), issue.key, 'linebridge-contacts');
    expect(contacts?.contacts).toEqual([expect.objectContaining({ ref: `${client.chatId}:${chase.message.message_id}` })]);
    expect(await property<{ repeatContacts: number }>(host(), issue.key, 'linebridge-facts')).toMatchObject({ repeatContacts: 1 });
  });

  it('counts a second message after an hour without an answer, but not a quick follow-up', async () => {
    const issue = await clientIssue(host(), '4711');
    await transition(host(), issue.key, '11', 'line1');
    const notice = await publicNotice(host(), client.chatId, issue.key);
    await post('The export button does nothing', { replyToMessageId: notice });
    await post('Also on the mobile app', { replyToMessageId: notice });
    expect(await property<Contacts>(host(), issue.key, 'linebridge-contacts')).toBeUndefined();

    await host().clock.advance(61 * 60_000);
    await post('Hello, we still need this', { replyToMessageId: notice });
    expect((await property<Contacts>(host(), issue.key, 'linebridge-contacts'))?.contacts).toHaveLength(1);
  });

  it('attributes "есть новости?" to the chat’s only open issue, and asks which one when there are several', async () => {
    host().telegram.setPrivacy(false);
    const first = await clientIssue(host(), '4711');
    await publicNotice(host(), client.chatId, first.key);
    await post('Есть новости?');
    expect((await comments(host(), first.key)).filter(fromTelegram)).toHaveLength(1);
    expect((await property<Contacts>(host(), first.key, 'linebridge-contacts'))?.contacts).toHaveLength(1);

    const second = await clientIssue(host(), '4711');
    await publicNotice(host(), client.chatId, second.key);
    await post('Ну что там?');
    expect(botTexts(host(), client.chatId).at(-1)).toContain('several open requests');
    expect((await comments(host(), second.key)).filter(fromTelegram)).toHaveLength(0);
    // Plain chat talk is not about any issue.
    const before = botTexts(host(), client.chatId).length;
    await post('Thanks everyone, see you tomorrow');
    expect(botTexts(host(), client.chatId).length).toBe(before);
  });
});
