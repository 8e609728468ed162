// The text of one question as the bot asks it: "❓ Question 2 of 6", the field's label and help, the
// options numbered (reply with a number or the text), how to type a moment, how to skip an optional
// question, and the error of the previous answer when it is asked again. Every outside text is capped
// and escaped. Pure.
import { translate, type Locale, type MessageKey } from '../../../../shared/i18n';
import { safeText } from '../../../rules/telegram/html';
import type { Draft } from './intake-model';
import { say } from './reply';

/** Every prompt starts with this: a reply to a message starting with it is an answer (see ticket-answer.ts). */
export const PROMPT_MARK = '❓';
const LABEL_MAX = 200;
const HELP_MAX = 400;
const OPTION_MAX = 120;

/** The question the quoted client message and the reporter line go into: the first multi-line one. */
export function quoteFieldId(draft: Pick<Draft, 'questions'>): string | null {
  return draft.questions.find((q) => q.field.type === 'multiline' && q.target === null)?.field.id ?? null;
}

export function promptText(draft: Draft, locale: Locale, error: { key: MessageKey; params?: Readonly<Record<string, string | number>> } | null, lead: MessageKey | null = null): string {
  const q = draft.questions[draft.index];
  if (!q) return '';
  const f = q.field;
  const lines: string[] = [];
  if (lead) lines.push(say(locale, lead));
  if (error) lines.push(`⚠️ ${safeText(translate(locale, error.key, error.params ?? {}), 300)}`);
  lines.push(`${PROMPT_MARK} ${say(locale, 'tg.intake.questionOf', { n: draft.index + 1, total: draft.questions.length })} <b>${safeText(f.label[locale] || f.label.en, LABEL_MAX)}</b>`);
  const help = f.help[locale] || f.help.en;
  if (help) lines.push(`<i>${safeText(help, HELP_MAX)}</i>`);
  if (f.type === 'select') {
    lines.push(f.options.map((o, i) => `${i + 1}. ${safeText(o.label[locale] || o.label.en, OPTION_MAX)}`).join('\n'));
    lines.push(say(locale, 'tg.intake.hint.select'));
  } else if (f.type === 'dateTime') {
    lines.push(say(locale, 'tg.intake.hint.dateTime'));
  }
  if (draft.quote && f.id === quoteFieldId(draft)) lines.push(say(locale, 'tg.intake.hint.quoted', { author: draft.quote.author }));
  else if (!f.required) lines.push(say(locale, 'tg.intake.hint.optional'));
  lines.push(say(locale, 'tg.intake.hint.cancel'));
  return lines.join('\n');
}
