// orLogged, the one place the bot's command replies and button answers give up on a refused Bot API call:
// Telegram's refusal is logged with its reason and gives null; any other error still fails the update.
import { TelegramCallError } from '../../../src/domain/model/telegram/telegram-failure';
import type { Logger } from '../../../src/domain/ports';
import { orLogged } from '../../../src/domain/use-cases/telegram/bot-call';

function recordingLogger(): { logger: Logger; warnings: Array<[string, unknown]> } {
  const warnings: Array<[string, unknown]> = [];
  const ignore = (): void => undefined;
  return { warnings, logger: { info: ignore, error: ignore, warn: (message, fields) => { warnings.push([message, fields]); } } };
}

it('returns the call’s value and logs nothing when Telegram accepts it', async () => {
  const { logger, warnings } = recordingLogger();
  expect(await orLogged(logger, 'not sent', { chatId: 1 }, () => Promise.resolve(42))).toBe(42);
  expect(warnings).toEqual([]);
});

it('logs a refused call with its context and reason and gives null', async () => {
  const { logger, warnings } = recordingLogger();
  const refused = new TelegramCallError({ kind: 'forbidden' }, 'Forbidden: bot was kicked from the group chat', 403);
  expect(await orLogged(logger, 'telegram reply not sent', { chatId: -100 }, () => Promise.reject(refused))).toBeNull();
  expect(warnings).toEqual([['telegram reply not sent', { chatId: -100, reason: 'Forbidden: bot was kicked from the group chat' }]]);
});

it('rethrows any other error, so the update is delivered again', async () => {
  const { logger, warnings } = recordingLogger();
  await expect(orLogged(logger, 'not sent', {}, () => Promise.reject(new Error('store down')))).rejects.toThrow('store down');
  expect(warnings).toEqual([]);
});
