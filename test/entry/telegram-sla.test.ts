// SLA warnings and breaches (the SLA engine's domain events) reach the team chat with their emoji, and a
// client chat never sees them.
import type { LocalHost } from '../../sandbox/host/local-host';
import { CALENDAR_24_7 } from '../../src/domain/model/sla/calendar';
import { DEFAULT_SLA_DEFINITIONS } from '../../src/domain/model/sla/defaults';
import { MINUTE, advance, drain, fileIncident, saveSection } from '../builders/sla-host';
import { botMessages, connectBot, deliverAll, saveTelegramSettings, startTelegramHost, teamChat } from '../builders/telegram';

let host: LocalHost;
beforeEach(async () => {
  host = await startTelegramHost();
  await connectBot(host);
  expect(await saveSection(host, 'sla', { definitions: DEFAULT_SLA_DEFINITIONS, calendar: CALENDAR_24_7 })).toMatchObject({ ok: true });
  await drain(host);
});
afterEach(async () => {
  await host.close();
});

it('posts SLA warnings and breaches to the team chat, never to a client chat', async () => {
  const team = await teamChat(host);
  const client = await teamChat(host, 'supergroup', { title: 'Client' });
  await saveTelegramSettings(host, [{ chatId: team, events: ['slaWarning', 'slaBreached'] }, { chatId: client, publicOnly: true, events: ['statusChanged'] }]);
  const key = await fileIncident(host, 'Critical');
  await drain(host);
  await advance(host, 35 * MINUTE);
  await deliverAll(host, { virtualMs: 10_000 });
  const texts = botMessages(host, team).map((m) => m.message.text ?? '');
  expect(texts).toEqual([
    expect.stringMatching(new RegExp(`^⏳ ${key} .*\\nSLA "First response" is due at`, 's')),
    expect.stringMatching(new RegExp(`^🚨 ${key} .*\\nSLA "First response" was breached at`, 's')),
  ]);
  expect(botMessages(host, client)).toEqual([]);
}, 60_000);
