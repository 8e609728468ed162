// Renders one notification as a Telegram HTML message: emoji, linked key, summary, what changed, who,
// and a comment quote; compact, escaped, and under Telegram's 4096-character limit after entities.
// Client chats ("public only") never see priority, issue type or assignee. Pure.
import { translate, type Locale, type MessageKey } from '../../../shared/i18n';
import type { NotificationEvent, NotificationEventType } from '../../model/telegram/events';
import { cleanText, escapeHtml, isolatedText, link, safeText, TELEGRAM_TEXT_LIMIT, truncate, visibleLength } from './html';

export type Audience = { readonly locale: Locale; readonly publicOnly: boolean };
export type RenderedMessage = { readonly text: string; readonly buttonUrl: string | null };
export type Emojis = Readonly<Record<NotificationEventType, string>>;

export const SUMMARY_MAX = 200;
const COMMENT_MAX = 1000;
const NAME_MAX = 80;

/** Translates with plain (cleaned, cut) parameters and escapes the whole line once. */
const t = (a: Audience, key: MessageKey, params: Readonly<Record<string, string | number>> = {}): string =>
  escapeHtml(translate(a.locale, key, params));

/** A name or status for a template parameter: cleaned and cut, not escaped (t() escapes the line). */
const plain = (value: string | null | undefined): string => {
  const text = truncate(cleanText(value ?? ''), NAME_MAX).trim();
  return text === '' ? '—' : text;
};

const SLA_GOALS: Readonly<Record<string, MessageKey>> = { firstResponse: 'tg.sla.firstResponse', resolution: 'tg.sla.resolution', handoff: 'tg.sla.handoff' };

/** The SLA engine's metric names read as words; other goal names are shown as they are. */
function goalName(a: Audience, goal: string | undefined): string {
  const key = goal === undefined ? undefined : SLA_GOALS[goal];
  return key ? translate(a.locale, key) : plain(goal);
}

/** "2026-11-02 14:30 UTC": unambiguous for every reader of a group chat. */
export function formatUtc(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/** The first line: emoji, the key linked to Jira, the summary. */
export function headline(event: NotificationEvent, emojis: Emojis, summaryMax = SUMMARY_MAX): string {
  const key = link(event.issue.url, `<b>${safeText(event.issue.key, 40)}</b>`);
  return `${escapeHtml(emojis[event.type])} ${key} · ${isolatedText(event.issue.summary, summaryMax)}`;
}

/** What changed, in one line (already escaped). */
export function changeLine(event: NotificationEvent, a: Audience): string {
  const from = plain(event.fromStatus);
  const to = plain(event.toStatus ?? event.issue.status);
  const person = plain(event.actor);
  switch (event.type) {
    case 'created':
      return event.actor ? t(a, 'tg.msg.createdBy', { actor: person }) : t(a, 'tg.msg.created');
    case 'statusChanged':
      return t(a, 'tg.msg.status', { from, to });
    case 'resolved':
      return t(a, 'tg.msg.resolved', { from, to });
    case 'reopened':
      return t(a, 'tg.msg.reopened', { from, to });
    case 'assigned':
      return event.assignee ? t(a, 'tg.msg.assigned', { assignee: plain(event.assignee) }) : t(a, 'tg.msg.unassigned');
    case 'commented':
      return event.actor ? t(a, 'tg.msg.commented', { actor: person }) : t(a, 'tg.msg.commentedAnon');
    case 'slaWarning':
      return t(a, 'tg.msg.slaWarning', { goal: goalName(a, event.sla?.goal), when: formatUtc(event.sla?.dueAt ?? event.at) });
    case 'slaBreached':
      return t(a, 'tg.msg.slaBreached', { goal: goalName(a, event.sla?.goal), when: formatUtc(event.sla?.dueAt ?? event.at) });
    case 'csatReceived':
      return t(a, 'tg.msg.csat', { rating: event.csat?.rating ?? 0 });
  }
}

export function formatNotification(event: NotificationEvent, audience: Audience, emojis: Emojis): RenderedMessage {
  const lines = [headline(event, emojis), changeLine(event, audience)];
  if (event.actor && !['created', 'commented'].includes(event.type)) lines.push(t(audience, 'tg.msg.by', { actor: plain(event.actor) }));
  if (!audience.publicOnly) {
    const meta = event.issue.priority
      ? t(audience, 'tg.msg.meta', { priority: plain(event.issue.priority), type: plain(event.issue.issueType) })
      : t(audience, 'tg.msg.typeOnly', { type: plain(event.issue.issueType) });
    lines.push(`<i>${meta}</i>`);
  }
  const quoted = event.comment?.text ?? event.csat?.comment;
  let text = lines.join('\n');
  if (quoted && quoted.trim() !== '') {
    const budget = Math.min(COMMENT_MAX, TELEGRAM_TEXT_LIMIT - visibleLength(text) - 2);
    if (budget > 10) text += `\n<blockquote>${safeText(quoted.trim(), budget)}</blockquote>`;
  }
  if (visibleLength(text) > TELEGRAM_TEXT_LIMIT) throw new Error('notification longer than Telegram allows');
  return { text, buttonUrl: /^https?:\/\//i.test(event.issue.url) ? event.issue.url : null };
}
