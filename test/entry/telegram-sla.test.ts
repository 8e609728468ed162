// SLA warnings and breaches (the SLA engine's domain events) reach the team chat with their emoji, and a
// client chat never sees them.
import { MINUTE, advance, drain, fileIncident, saveDefaultSla } from '../builders/sla-host';
import { botMessages, deliverAll, saveTelegramSettings, teamChat, useTelegramHost } from '../builders/telegram';

const host = useTelegramHost();
beforeEach(async () => {
  await saveDefaultSla(host());
  await drain(host());
});

it('posts SLA warnings and breaches to the team chat, never to a client chat', async () => {
  const team = await teamChat(host());
  const client = await teamChat(host(), 'supergroup', { title: 'Client' });
  await saveTelegramSettings(host(), [{ chatId: team, events: ['slaWarning', 'slaBreached'] }, { chatId: client, publicOnly: true, events: ['statusChanged'] }]);
  const key = await fileIncident(host(), 'Critical');
  await drain(host());
  await advance(host(), 35 * MINUTE);
  await deliverAll(host(), { virtualMs: 10_000 });
  const texts = botMessages(host(), team).map((m) => m.message.text ?? '');
  expect(texts).toEqual([
    expect.stringMatching(new RegExp(`^⏳ ${key} .*\\nSLA "First response" is due at`, 's')),
    expect.stringMatching(new RegExp(`^🚨 ${key} .*\\nSLA "First response" was breached at`, 's')),
  ]);
  expect(botMessages(host(), client)).toEqual([]);
}, 60_000);
