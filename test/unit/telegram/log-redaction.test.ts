// The app's logger never writes a Telegram bot token, whether in a field named like a secret or inside
// a message (an error quoting a request URL).
import { consoleLogger } from '../../../src/adapters/console-logger';

it('redacts bot tokens in messages, field values and secret-named fields', () => {
  const lines: string[] = [];
  const spy = jest.spyOn(console, 'warn').mockImplementation((line: unknown) => { lines.push(String(line)); });
  try {
    consoleLogger.warn('fetch https://api.telegram.org/bot7000000001:AAHsandboxLineBridgeBotToken0000001/sendMessage failed', {
      url: '/bot7000000001:AAHsandboxLineBridgeBotToken0000001/getMe', botToken: 'anything', chatId: -1001234567890,
    });
  } finally {
    spy.mockRestore();
  }
  expect(lines.join('\n')).not.toContain('AAHsandboxLineBridgeBotToken0000001');
  expect(lines.join('\n')).not.toContain('anything');
  expect(lines.join('\n')).toContain('-1001234567890');
});
