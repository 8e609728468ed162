// The inline keyboard under a notification: "Open in Jira" for everyone; in team chats also "Assign to me"
// on open-issue events, and the CSAT row (1–5) under a resolution. Client ("public only") chats never get
// action buttons. Digests carry no keyboard. Pure: the same event always gives the same keyboard, which
// the lost-answer probe relies on (it re-sends identical content).
import { translate, type Locale } from '../../../shared/i18n';
import { CSAT_SCORES } from '../../model/lines/csat';
import type { NotificationEvent, NotificationEventType } from '../../model/telegram/events';
import type { Keyboard } from '../../model/telegram/outbox';
import type { InlineButton } from '../../ports-telegram';
import { assignData, csatData } from './callback-data';

export type KeyboardAudience = { readonly locale: Locale; readonly publicOnly: boolean };

const ASSIGNABLE_EVENTS: readonly NotificationEventType[] = ['created', 'statusChanged', 'assigned', 'commented', 'reopened', 'slaWarning', 'slaBreached'];
const NUMERIC_ID = /^[1-9][0-9]{0,17}$/;

export function notificationKeyboard(event: NotificationEvent, audience: KeyboardAudience, openUrl: string | null): Keyboard {
  const rows: InlineButton[][] = [];
  if (openUrl) rows.push([{ text: translate(audience.locale, 'tg.msg.open'), url: openUrl }]);
  if (audience.publicOnly || !NUMERIC_ID.test(event.issue.id)) return rows;
  if (event.type === 'resolved') {
    rows.push(CSAT_SCORES.map((score) => ({ text: `${score}⭐`, callbackData: csatData(event.issue.id, event.at, score) })));
  } else if (ASSIGNABLE_EVENTS.includes(event.type)) {
    rows.push([{ text: translate(audience.locale, 'tg.btn.assign'), callbackData: assignData(event.issue.id) }]);
  }
  return rows;
}
