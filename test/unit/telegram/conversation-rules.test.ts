// Pure rules of the two-way conversation: what chases an issue (English and Russian), which issue keys a
// message names, the Jira comment made from a Telegram message (attribution, files, a safe cut under Jira's
// limit), the transition that ends "waiting for customer", repeat-contact decisions and stored settings.
import { isChasingMessage, issueKeysIn } from '../../../src/domain/rules/telegram/chasing';
import { authorLabel, buildTelegramComment, COMMENT_TEXT_BUDGET, formatSize } from '../../../src/domain/rules/telegram/telegram-comment';
import { adfText } from '../../../src/adapters/jira-lines-json';
import { resumeCandidates } from '../../../src/domain/use-cases/telegram/conversation/resume-waiting';
import { isRepeatContactMessage } from '../../../src/domain/use-cases/telegram/conversation/repeat-contacts';
import { DEFAULT_CONVERSATION, parseConversationSettings, readConversationSettings } from '../../../src/domain/model/telegram/conversation-settings';
import type { ConversationIssue, IssueTransition } from '../../../src/domain/use-cases/telegram/conversation/ports';

describe('isChasingMessage', () => {
  it.each([
    'Any news?', 'any updates on this?', 'What is the status?', "what's the status of my request", 'Hello? Any progress?',
    'When?', 'when will it be fixed?', 'Is it fixed yet?', 'still waiting for an answer', 'ping',
    'Есть новости?', 'есть какие-нибудь новости по заявке?', 'Ну что там?', 'Какой статус?', 'Что со статусом?',
    'Когда?', 'Когда будет готово?', 'Сколько ещё ждать?', 'Всё ещё не работает', 'Уже починили?', 'Как там дела?',
  ])('sees a chase in %p', (text) => {
    expect(isChasingMessage(text)).toBe(true);
  });

  it.each([
    'Here is the log from this morning', 'Thanks, it works now!', 'Когда я нажимаю кнопку «Оплатить», появляется ошибка 500.',
    'When I press Pay the page goes blank.', 'Спасибо, всё работает', 'Проверьте, пожалуйста, вложение', '', 'новостная лента не грузится', 'ping to the server times out',
  ])('sees no chase in %p', (text) => {
    expect(isChasingMessage(text)).toBe(false);
  });
});

describe('issueKeysIn', () => {
  it('finds keys of the linked project only, in order and once', () => {
    expect(issueKeysIn('About SUP-12 and sup-3, not OPS-4 or XSUP-5; SUP-12 again', 'SUP')).toEqual(['SUP-12', 'SUP-3']);
    expect(issueKeysIn('SUP-0 SUP-', 'SUP')).toEqual([]);
  });
});

describe('buildTelegramComment', () => {
  const base = { locale: 'en' as const, author: { name: 'Ivan Petrov', username: 'ivan_p' }, chatTitle: 'Acme', text: 'Hello\n\nSecond paragraph', edited: false, attachments: [], skipped: [] };

  it('names the person in bold with the username, quotes the words and links the files', () => {
    const doc = buildTelegramComment({ ...base, attachments: [{ filename: 'a.log', url: 'https://site/rest/api/3/attachment/content/1' }] });
    expect(doc.content[0]).toEqual({ type: 'paragraph', content: [
      { type: 'text', text: 'Ivan Petrov (@ivan_p)', marks: [{ type: 'strong' }] }, { type: 'text', text: ' wrote in Telegram (Acme):' },
    ] });
    expect(doc.content[1]).toMatchObject({ type: 'blockquote', content: [{ type: 'paragraph' }, { type: 'paragraph' }] });
    expect(JSON.stringify(doc)).toContain('"href":"https://site/rest/api/3/attachment/content/1"');
  });

  it('notes files that were not copied, and quotes a file without text as such', () => {
    const doc = buildTelegramComment({ ...base, text: '', skipped: [{ label: 'big.zip', size: 26_214_400, reason: 'tooBig', detail: null }] });
    const text = adfText(doc);
    expect(text).toContain('(a file without text)');
    expect(text).toContain('Not attached: big.zip (25.0 MB) is larger than the 20 MB a Telegram bot may download.');
  });

  it('cuts a text longer than the budget on a grapheme boundary and says so', () => {
    const doc = buildTelegramComment({ ...base, text: '👍🏽'.repeat(20_000) });
    const text = adfText(doc);
    expect(text.length).toBeLessThanOrEqual(COMMENT_TEXT_BUDGET);
    expect(text).toContain('[cut: the message was longer than a Jira comment may be]');
    expect(text).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });

  it('never emits an empty text node and writes Russian labels for a Russian site', () => {
    const doc = buildTelegramComment({ ...base, locale: 'ru', author: { name: '', username: null }, text: '\n\n  \n' });
    expect(JSON.stringify(doc)).not.toContain('"text":""');
    expect(adfText(doc)).toContain('Telegram пишет в Telegram (Acme):');
  });

  it('labels authors and sizes', () => {
    expect(authorLabel({ name: '  Olga\u0000 ', username: null })).toBe('Olga');
    expect(authorLabel({ name: '', username: 'olga' })).toBe('@olga');
    expect([formatSize(96), formatSize(812 * 1024), formatSize(null)]).toEqual(['96 B', '812 KB', '?']);
  });
});

describe('resumeCandidates', () => {
  const t = (id: string, toName: string, toCategory = 'indeterminate'): IssueTransition => ({ id, name: id, toId: `s${id}`, toName, toCategory });
  const all = [t('41', 'In Progress'), t('42', 'Open', 'new'), t('51', 'Resolved', 'done'), t('31', 'Waiting for customer')];

  it('prefers the status before waiting, then the configured one, never done or waiting statuses', () => {
    expect(resumeCandidates(all, 'Open', 'In Progress', ['Waiting for customer']).map((c) => c.id)).toEqual(['42', '41']);
    expect(resumeCandidates(all, null, 'In Progress', ['waiting for customer']).map((c) => c.id)).toEqual(['41']);
    expect(resumeCandidates([t('51', 'Resolved', 'done')], 'Resolved', 'In Progress', [])).toEqual([]);
  });
});

describe('isRepeatContactMessage', () => {
  const issue = (category: string): ConversationIssue => ({ id: '1', key: 'SUP-1', projectKey: 'SUP', status: { id: '3', name: 'In Progress', category }, clientId: null });
  const before = { issueKey: 'SUP-1', issueId: '1', lastBotAt: 0, lastClientAt: 1_000 };
  const input = { text: 'Also on mobile', issue: issue('indeterminate'), waiting: false, before, now: 1_000 + 3_600_000, repeatAfterMs: 3_600_000 };

  it('counts chases of open issues and a second unanswered message after the pause', () => {
    expect(isRepeatContactMessage({ ...input, text: 'any news?' })).toBe(true);
    expect(isRepeatContactMessage(input)).toBe(true);
    expect(isRepeatContactMessage({ ...input, now: 2_000 })).toBe(false);
    expect(isRepeatContactMessage({ ...input, before: { ...before, lastBotAt: 2_000 } })).toBe(false);
    expect(isRepeatContactMessage({ ...input, waiting: true })).toBe(false);
    expect(isRepeatContactMessage({ ...input, text: 'any news?', issue: issue('done') })).toBe(false);
    expect(isRepeatContactMessage({ ...input, before: { ...before, lastClientAt: null } })).toBe(false);
  });
});

describe('readConversationSettings (a stored value)', () => {
  it('keeps defaults for what is missing or malformed', () => {
    expect(readConversationSettings(undefined)).toEqual(DEFAULT_CONVERSATION);
    expect(readConversationSettings({ resumeOnClientReply: 'no', waitingStatuses: ['Pending', ''], resumeTo: ' Open ', repeatAfterMinutes: -1 }))
      .toEqual({ ...DEFAULT_CONVERSATION, resumeTo: 'Open' });
    expect(readConversationSettings({ resumeOnClientReply: false, waitingStatuses: ['Pending'], repeatAfterMinutes: 30 }))
      .toEqual({ ...DEFAULT_CONVERSATION, resumeOnClientReply: false, waitingStatuses: ['Pending'], repeatAfterMinutes: 30 });
  });
});

describe('parseConversationSettings (what an admin saves)', () => {
  const valid = { resumeOnClientReply: false, waitingStatuses: [' Pending ', 'pending', 'On hold'], resumeTo: ' Open ', repeatAfterMinutes: '45' };

  it('trims, de-duplicates status names and takes minutes typed as text', () => {
    const errors = {};
    expect(parseConversationSettings(valid, errors)).toEqual({ resumeOnClientReply: false, waitingStatuses: ['Pending', 'On hold'], resumeTo: 'Open', repeatAfterMinutes: 45 });
    expect(errors).toEqual({});
  });

  it('names each bad field at its path', () => {
    const errors = {};
    parseConversationSettings({ resumeOnClientReply: 'yes', waitingStatuses: ['Pending', ' '], resumeTo: '', repeatAfterMinutes: 10_081 }, errors);
    expect(errors).toEqual({
      'conversation.resumeOnClientReply': 'validation.required', 'conversation.waitingStatuses': 'validation.tgc.statusName',
      'conversation.resumeTo': 'validation.tgc.statusName', 'conversation.repeatAfterMinutes': 'validation.tgc.repeatMinutes',
    });
    const more = {};
    parseConversationSettings({ ...valid, waitingStatuses: Array.from({ length: 21 }, (_, i) => `S${i}`), repeatAfterMinutes: 1.5 }, more);
    expect(more).toEqual({ 'conversation.waitingStatuses': 'validation.tooMany', 'conversation.repeatAfterMinutes': 'validation.tgc.repeatMinutes' });
  });
});
