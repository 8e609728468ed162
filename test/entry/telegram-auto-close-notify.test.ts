// The auto-close's reminder and closing note are public comments by the app: Forge's ignoreSelf keeps them
// from the Telegram trigger, so the auto-close step queues their notification itself. The client's linked
// chat gets each exactly once (a duplicated timer delivery included), team routes follow their filters.
import { CALENDAR_24_7 } from '../../src/domain/model/sla/calendar';
import { DEFAULT_SLA_DEFINITIONS } from '../../src/domain/model/sla/defaults';
import { DEFAULT_AUTO_CLOSE } from '../../src/domain/model/sla/auto-close';
import type { FiledIncidentDto } from '../../src/shared/contract';
import { callAs, formAnswers } from '../builders/incident-host';
import { MINUTE, advance, saveSection, transition } from '../builders/sla-host';
import { botMessages, deliverAll, saveTelegramSettings, teamChat, useTelegramHost } from '../builders/telegram';
import { linkedGroup } from '../builders/telegram-intake';

const REMINDER = 'Any news? We are waiting for your reply.';
const CLOSING = 'No response: closed automatically.';

const host = useTelegramHost();
let timerCopies: number;

beforeEach(async () => {
  timerCopies = 0;
  // Forge delivers async events at least once: every auto-close "remind" hop arrives twice.
  const publish = host().queues.publish.bind(host().queues);
  host().queues.publish = (body: string) => {
    const request = JSON.parse(body) as { queueName?: string; payload?: Array<{ body?: { type?: string; action?: string } }> };
    const first = publish(body);
    if (request.queueName === 'sla-timers' && request.payload?.some((e) => e.body?.type === 'autoClose' && e.body.action === 'remind')) {
      timerCopies++;
      publish(body);
    }
    return first;
  };
  const saved = await saveSection(host(), 'sla', {
    definitions: DEFAULT_SLA_DEFINITIONS, calendar: CALENDAR_24_7,
    autoClose: {
      ...DEFAULT_AUTO_CLOSE, enabled: true, remindAfter: { amount: 1, unit: 'hours' }, closeAfter: { amount: 2, unit: 'hours' },
      closeVia: ['In Progress', 'Resolved'], resolution: "Won't Do", reminderText: { en: REMINDER, ru: 'Есть новости?' }, closingText: { en: CLOSING, ru: 'Закрыто.' },
    },
  });
  if (!saved.ok) throw new Error(JSON.stringify(saved.error));
});

const count = (chatId: number, text: string): number => botMessages(host(), chatId).filter((m) => (m.message.text ?? '').includes(text)).length;

async function waitingIncidentOf(clientId: string): Promise<string> {
  const filed = await callAs<FiledIncidentDto>(host(), 'line1', 'incidents/create', {
    idempotencyKey: `auto-close-${clientId}`, templateId: 'sup-incident-en', projectKey: 'SUP', issueTypeName: 'Incident', answers: formAnswers({ clientId }),
  });
  if (!filed.ok) throw new Error(JSON.stringify(filed.error));
  await transition(host(), filed.value.issueKey, '11', 'line1');
  await transition(host(), filed.value.issueKey, '31', 'line2');
  await deliverAll(host(), { virtualMs: 30_000 });
  return filed.value.issueKey;
}

describe('auto-close comments in Telegram', () => {
  it('reach the client’s linked chat once each, and the team routes that want comments', async () => {
    const client = await linkedGroup(host(), { clientId: 'ACME-042' });
    const bystander = await linkedGroup(host(), { clientId: 'OTHER-9', title: 'Other — support' });
    const team = await teamChat(host());
    const quiet = await teamChat(host(), 'supergroup', { title: 'Status only' });
    await saveTelegramSettings(host(), [{ chatId: team }, { chatId: quiet, events: ['statusChanged'] }]);
    const key = await waitingIncidentOf('ACME-042');

    await advance(host(), 61 * MINUTE);
    await deliverAll(host(), { virtualMs: 30_000 });
    expect(timerCopies).toBeGreaterThan(0);
    expect(count(client.chatId, REMINDER)).toBe(1);
    expect(count(team, REMINDER)).toBe(1);
    expect(botMessages(host(), client.chatId).find((m) => (m.message.text ?? '').includes(REMINDER))?.message.text).toContain(key);

    await advance(host(), 121 * MINUTE);
    await deliverAll(host(), { virtualMs: 30_000 });
    expect(count(client.chatId, CLOSING)).toBe(1);
    expect(count(client.chatId, REMINDER)).toBe(1);
    expect(count(team, CLOSING)).toBe(1);
    expect(count(quiet, REMINDER) + count(quiet, CLOSING)).toBe(0);
    expect(count(bystander.chatId, REMINDER) + count(bystander.chatId, CLOSING)).toBe(0);
    expect(host().queues.deadLetters).toEqual([]);
  }, 120_000);
});
