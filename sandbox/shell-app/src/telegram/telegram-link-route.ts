// Where a t.me link clicked in an app frame goes in the sandbox: a link to the Telegram stand-in's bot opens
// the shell's Telegram pane (which opens the private chat and sends /start <code>, as Telegram would); any
// other t.me link leaves for t.me in a new tab, as it would in Jira.
import { navigate, paths } from '../router';
import { listUsers } from './telegram-actions';

export async function openTelegramLink(url: string): Promise<void> {
  const u = new URL(url);
  const bot = u.hostname === 't.me' ? u.pathname.replace(/^\//, '') : '';
  const known = bot !== '' && (await listUsers()).some((p) => p.isBot && p.username.toLowerCase() === bot.toLowerCase());
  if (!known) {
    window.open(u.href, '_blank', 'noopener');
    return;
  }
  const q = new URLSearchParams({ bot, start: u.searchParams.get('start') ?? '' });
  navigate(`${paths.telegram()}?${q.toString()}`);
}
