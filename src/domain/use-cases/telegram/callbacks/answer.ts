// Answering an inline-button tap in the tapper's language: a toast, or an alert for refusals that need
// reading. A failed answer (the query expired) is logged, never retried: the tap's effect already happened.
import { toLocale, translate, type MessageKey } from '../../../../shared/i18n';
import { orLogged } from '../bot-call';
import { openBot } from '../deps';
import type { UpdateDeps } from '../dispatch-types';
import type { ParsedCallback } from '../update-shape';
import { linkedAccount } from './account-link';

/** Telegram shows at most 200 characters of a callback answer. */
const ANSWER_MAX = 200;

export async function answerTap(deps: UpdateDeps, callback: ParsedCallback, key: MessageKey | null, params: Readonly<Record<string, string | number>> = {}, alert = false): Promise<void> {
  const session = await openBot(deps);
  if (!session) return;
  const text = key === null ? null : Array.from(translate(toLocale(callback.from.languageCode), key, params)).slice(0, ANSWER_MAX).join('');
  await orLogged(deps.logger, 'telegram callback answer not sent', {}, () => session.bot.answerCallbackQuery(callback.id, text, alert));
}

/** The Jira account of the tapper, or undefined after telling them how to link it. */
export async function tapperAccount(deps: UpdateDeps, callback: ParsedCallback): Promise<string | undefined> {
  const link = await linkedAccount(deps, callback.from.id);
  if (link) return link.accountId;
  await answerTap(deps, callback, 'tg.tap.notLinked', {}, true);
  return undefined;
}
