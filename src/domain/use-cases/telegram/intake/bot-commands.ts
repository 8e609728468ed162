// The bot's command menu (setMyCommands), in English for everyone and in Russian for Russian clients.
// Set when the bot is connected; a failure is logged (the commands work without the menu).
import { LOCALES, translate, type Locale, type MessageKey } from '../../../../shared/i18n';
import type { BotCommandSpec, TelegramBot } from '../../../ports-telegram';
import type { Logger } from '../../../ports';
import { orLogged } from '../bot-call';

const MENU: readonly (readonly [string, MessageKey])[] = [
  ['ticket', 'tg.cmd.ticket'],
  ['status', 'tg.cmd.status'],
  ['my', 'tg.cmd.my'],
  ['cancel', 'tg.cmd.cancel'],
  ['link', 'tg.cmd.link'],
  ['unlink', 'tg.cmd.unlink'],
];

export function commandMenu(locale: Locale): BotCommandSpec[] {
  return MENU.map(([command, key]) => ({ command, description: translate(locale, key) }));
}

export async function setCommandMenu(bot: TelegramBot, logger: Logger): Promise<void> {
  await orLogged(logger, 'telegram command menu not set', {}, async () => {
    await bot.setMyCommands(commandMenu('en'), null);
    for (const locale of LOCALES) if (locale !== 'en') await bot.setMyCommands(commandMenu(locale), locale);
  });
}
