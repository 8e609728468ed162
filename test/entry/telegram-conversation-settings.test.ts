// "Client conversations" settings through the host: part of the versioned, validated telegram section
// (admins only, errors at `conversation.*`, nothing saved on a refusal); the older KVS key
// `tg:conv:settings` is read while the section has none, and saved settings win over it.
import { kvs } from '@forge/kvs';
import type { Result, SettingsDto, TelegramConversationDto } from '../../src/shared/contract';
import { asApp, saveDefaultSla, slaProperty, transition } from '../builders/sla-host';
import { adminCall, saveTelegramSettings, useTelegramHost } from '../builders/telegram';
import { seededUser } from '../builders/host';
import { clientIssue, deliverAll, linkedClientChat, statusOf, type ClientChat } from '../builders/telegram-conversation';

const host = useTelegramHost();
let client: ClientChat;

beforeEach(async () => {
  await saveDefaultSla(host());
  client = await linkedClientChat(host());
});

const route = { id: 'r1', projectKey: 'SUP', chatId: 0, topicId: null, label: '', events: ['commented', 'statusChanged'], priorities: [], issueTypes: [], publicOnly: true, locale: 'en' };

async function effective(accountId?: string): Promise<TelegramConversationDto> {
  const result = (await adminCall(host(), 'telegram/conversation/settings', {}, accountId)) as Result<TelegramConversationDto>;
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
}

async function telegramVersion(): Promise<number> {
  const settings = (await adminCall(host(), 'settings/get', {})) as Result<SettingsDto>;
  if (!settings.ok) throw new Error('settings/get failed');
  return settings.value.sections.find((s) => s.section === 'telegram')?.version ?? -1;
}

async function clientRepliesWhileWaiting(): Promise<string> {
  const issue = await clientIssue(host(), '4711');
  await transition(host(), issue.key, '11', 'line1');
  await transition(host(), issue.key, '21', 'line2');
  await transition(host(), issue.key, '31', 'line2');
  await deliverAll(host(), { virtualMs: 10_000 });
  const notice = host().telegram.listMessages(client.chatId).filter((m) => m.sender === 'bot').at(-1)?.message.message_id ?? 0;
  host().telegram.postAsPerson(client.chatId, client.person.id, 'Here are the logs', { replyToMessageId: notice });
  await host().telegram.webhookIdle();
  await deliverAll(host(), { virtualMs: 10_000 });
  return issue.key;
}

describe('client conversation settings', () => {
  it('come from the older key until saved, and then from the telegram section', async () => {
    expect(await effective()).toEqual({ source: 'defaults', value: { resumeOnClientReply: true, waitingStatuses: [], resumeTo: 'In Progress', repeatAfterMinutes: 60 } });
    await asApp(host(), () => kvs.set('tg:conv:settings', { resumeOnClientReply: true, repeatAfterMinutes: 30 }));
    expect(await effective(seededUser('line1').accountId)).toMatchObject({ source: 'legacy', value: { resumeOnClientReply: true, repeatAfterMinutes: 30 } });

    await saveTelegramSettings(host(), [{ chatId: client.chatId, publicOnly: true, events: ['commented', 'statusChanged'] }], {
      conversation: { resumeOnClientReply: false, waitingStatuses: [' Waiting for customer '], resumeTo: 'In Progress', repeatAfterMinutes: '90' },
    });
    expect(await effective()).toEqual({ source: 'settings', value: { resumeOnClientReply: false, waitingStatuses: ['Waiting for customer'], resumeTo: 'In Progress', repeatAfterMinutes: 90 } });

    // The saved "off" wins over the older key's "on": the client's reply leaves the status alone.
    const key = await clientRepliesWhileWaiting();
    expect(await statusOf(host(), key)).toBe('Waiting for customer');
    expect(await slaProperty(host(), key)).toMatchObject({ resolution: { state: 'paused' } });
  });

  it('resume a waiting issue under the older key while the section has none (migration)', async () => {
    await saveTelegramSettings(host(), [{ chatId: client.chatId, publicOnly: true, events: ['commented', 'statusChanged'] }]);
    await asApp(host(), () => kvs.set('tg:conv:settings', { resumeOnClientReply: false }));
    const key = await clientRepliesWhileWaiting();
    expect(await statusOf(host(), key)).toBe('Waiting for customer');
  });

  it('are refused field by field with nothing saved, and only admins may save them', async () => {
    const before = await telegramVersion();
    const bad = (await adminCall(host(), 'settings/save', {
      section: 'telegram', expectedVersion: before,
      value: { routes: [{ ...route, chatId: client.chatId }], conversation: { resumeOnClientReply: 'yes', waitingStatuses: ['Waiting', ''], resumeTo: ' ', repeatAfterMinutes: 'soon' } },
    })) as Result<unknown>;
    expect(bad).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION',
        fieldErrors: {
          'conversation.resumeOnClientReply': 'validation.required', 'conversation.waitingStatuses': 'validation.tgc.statusName',
          'conversation.resumeTo': 'validation.tgc.statusName', 'conversation.repeatAfterMinutes': 'validation.tgc.repeatMinutes',
        },
      },
    });
    expect(await telegramVersion()).toBe(before);

    const refused = (await adminCall(host(), 'settings/save', {
      section: 'telegram', expectedVersion: before,
      value: { routes: [], conversation: { resumeOnClientReply: false, waitingStatuses: [], resumeTo: 'In Progress', repeatAfterMinutes: 60 } },
    }, seededUser('lead').accountId)) as Result<unknown>;
    expect(refused).toMatchObject({ ok: false, error: { code: 'PERMISSION' } });
    expect((await effective()).source).toBe('defaults');
  });
});
