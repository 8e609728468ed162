// Connecting the bot from the admin page through the shipped resolver: getMe, the token stored as a
// secret and never returned (only a mask), the web trigger registered with a secret, admins only.
import { DEFAULT_BOT } from '../../sandbox/telegram/telegram-stand-in';
import type { Result, TelegramStatusDto } from '../../src/shared/contract';
import { seededUser } from '../builders/host';
import { adminCall, connectBot, telegramStatus, useTelegramHost } from '../builders/telegram';

const host = useTelegramHost({ connect: false });

const secretPart = (DEFAULT_BOT.token ?? '').split(':')[1] ?? '';

describe('connecting the Telegram bot', () => {
  it('registers the web trigger with a secret and shows only a masked token', async () => {
    const status = await connectBot(host());
    expect(status.bot).toMatchObject({ state: 'ok', username: DEFAULT_BOT.username, tokenMask: '7000000001:…0001' });
    expect(JSON.stringify(status)).not.toContain(secretPart);
    const bot = host().telegram.bot();
    expect(bot.webhookUrl).toBe(host().webTriggerUrl('telegram-webhook'));
    expect(bot.webhookSecret).toMatch(/^[A-Za-z0-9_-]{64}$/);
    expect(status.webhook).toMatchObject({ urlMatches: true, pendingUpdateCount: 0 });
  });

  it('never returns the token, in status or settings, to anyone', async () => {
    await connectBot(host());
    const answers = [await adminCall(host(), 'telegram/status', {}), await adminCall(host(), 'settings/get', {})];
    for (const answer of answers) expect(JSON.stringify(answer)).not.toContain(secretPart);
  });

  it('refuses a line-1 agent server-side and changes nothing', async () => {
    const result = (await adminCall(host(), 'telegram/connect', { token: DEFAULT_BOT.token }, seededUser('line1').accountId)) as Result<TelegramStatusDto>;
    expect(result).toMatchObject({ ok: false, error: { code: 'PERMISSION', messageKey: 'error.adminOnly' } });
    expect(host().telegram.bot().webhookUrl).toBe('');
    const status = (await adminCall(host(), 'telegram/status', {}, seededUser('line1').accountId)) as Result<TelegramStatusDto>;
    expect(status).toMatchObject({ ok: false, error: { code: 'PERMISSION' } });
  });

  it('explains a malformed token and a token Telegram refuses, as field errors', async () => {
    const malformed = (await adminCall(host(), 'telegram/connect', { token: 'not-a-token' })) as Result<TelegramStatusDto>;
    expect(malformed).toMatchObject({ ok: false, error: { code: 'VALIDATION', fieldErrors: { token: 'validation.telegram.tokenFormat' } } });
    const refused = (await adminCall(host(), 'telegram/connect', { token: '7000000099:AAHthisTokenDoesNotBelongToAnyBot000' })) as Result<TelegramStatusDto>;
    expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION', fieldErrors: { token: 'validation.telegram.tokenRejected' } } });
    expect((await telegramStatus(host())).bot.state).toBe('notConnected');
  });

  it('keeps the token out of every log line', async () => {
    const lines: string[] = [];
    const spies = (['log', 'warn', 'error'] as const).map((level) => jest.spyOn(console, level).mockImplementation((...args: unknown[]) => { lines.push(args.map(String).join(' ')); }));
    try {
      await connectBot(host());
      await adminCall(host(), 'telegram/connect', { token: '7000000099:AAHthisTokenDoesNotBelongToAnyBot000' });
      host().telegram.revokeToken();
      await adminCall(host(), 'telegram/status', {});
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
    expect(lines.join('\n')).not.toContain(secretPart);
    expect(lines.join('\n')).not.toContain('AAHthisTokenDoesNotBelongToAnyBot000');
  });

  it('disconnects: the webhook is removed and the bot shows as not connected', async () => {
    await connectBot(host());
    const result = (await adminCall(host(), 'telegram/disconnect', {})) as Result<TelegramStatusDto>;
    expect(result).toMatchObject({ ok: true, value: { bot: { state: 'notConnected', tokenMask: null } } });
    expect(host().telegram.bot().webhookUrl).toBe('');
  });
});
