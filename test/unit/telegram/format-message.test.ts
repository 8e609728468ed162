// Formatting notifications for Telegram's HTML parse mode: hostile summaries and comments are escaped and
// trimmed so that Telegram's own parser (the stand-in's port of tdlib) accepts them, shows the text
// literally, and stays under 4096 characters.
import { parseHtml } from '../../../sandbox/telegram/telegram-html';
import { DEFAULT_EMOJIS } from '../../../src/domain/model/telegram/settings';
import { formatNotification } from '../../../src/domain/rules/telegram/format-message';
import { aNotification, anIssue } from '../../builders/notification';

const team = { locale: 'en' as const, publicOnly: false };
const render = (summary: string, comment?: string) =>
  formatNotification(aNotification({ type: comment ? 'commented' : 'statusChanged', issue: anIssue({ summary }), ...(comment ? { comment: { id: '1', text: comment } } : {}) }), team, DEFAULT_EMOJIS);
const visible = (html: string) => parseHtml(html).text;

describe('formatNotification', () => {
  it('shows the emoji, the key linked to Jira, the summary, the change, who, priority and type', () => {
    const { text, buttonUrl } = render('Checkout fails');
    expect(visible(text)).toBe('🔄 SUP-12 · \u2068Checkout fails\u2069\nOpen → In Progress\nby Chen Wei\nPriority High · Incident');
    expect(parseHtml(text).entities).toEqual(expect.arrayContaining([expect.objectContaining({ type: 'text_link', url: 'https://acme.atlassian.net/browse/SUP-12' })]));
    expect(buttonUrl).toBe('https://acme.atlassian.net/browse/SUP-12');
  });

  it.each([
    ['a script tag', '<script>alert(1)</script>'],
    ['an entity typed literally', 'Fish &amp; chips &lt;b&gt;'],
    ['quotes and a fake link', '"><a href="javascript:x">click</a>'],
    ['right-to-left text', 'الدفع لا يعمل في صفحة الدفع'],
    ['emoji sequences', '👩🏽‍💻 deploy 🇺🇦 failed 🔥'],
  ])('shows %s literally', (_name, summary) => {
    const shown = visible(render(summary).text);
    expect(shown).toContain(summary);
    expect(parseHtml(render(summary).text).entities.every((e) => ['bold', 'text_link', 'italic'].includes(e.type))).toBe(true);
  });

  it('replaces a lone surrogate, which Telegram would refuse as invalid UTF-8', () => {
    const { text } = render('broken \uD83D pair');
    expect(text).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
    expect(visible(text)).toContain('broken \uFFFD pair');
  });

  it('cuts a 5,000-character summary to a short headline without splitting an emoji or an entity', () => {
    const summary = `${'&'.repeat(150)}${'😀'.repeat(4000)}`;
    const { text } = render(summary);
    const shown = visible(text);
    expect(shown.length).toBeLessThan(400);
    expect(shown).toContain('…');
    expect(shown).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
    expect(text).not.toMatch(/&[a-z]*…/);
  });

  it('keeps a huge comment under Telegram’s 4096 characters after entities are parsed', () => {
    const { text } = render('Long one', `${'<&>'.repeat(3000)}\n${'я'.repeat(5000)}`);
    const parsed = parseHtml(text);
    expect(parsed.text.length).toBeLessThanOrEqual(4096);
    expect(parsed.text).toContain('<&><&>');
    expect(parsed.entities.some((e) => e.type === 'blockquote')).toBe(true);
  });

  it('leaves priority and issue type out of a client chat', () => {
    const { text } = formatNotification(aNotification(), { locale: 'ru', publicOnly: true }, DEFAULT_EMOJIS);
    expect(visible(text)).not.toMatch(/Приоритет|High|Incident/);
    expect(visible(text)).toContain('Open → In Progress');
  });

  it('words resolutions, reopenings, assignments, SLA and CSAT events', () => {
    const say = (overrides: Parameters<typeof aNotification>[0]) => visible(formatNotification(aNotification(overrides), team, DEFAULT_EMOJIS).text).split('\n')[1];
    expect(say({ type: 'resolved', fromStatus: 'In Progress', toStatus: 'Resolved' })).toBe('Resolved: In Progress → Resolved');
    expect(say({ type: 'reopened', fromStatus: 'Closed', toStatus: 'Open' })).toBe('Reopened: Closed → Open');
    expect(say({ type: 'assigned', assignee: 'Dmitri <root>' })).toBe('Assigned to Dmitri <root>');
    expect(say({ type: 'assigned', assignee: null })).toBe('Unassigned');
    expect(say({ type: 'slaWarning', sla: { goal: 'resolution', dueAt: Date.UTC(2026, 10, 2, 14, 30) } })).toBe('SLA "Resolution" is due at 2026-11-02 14:30 UTC');
    expect(say({ type: 'slaBreached', sla: { goal: 'firstResponse', dueAt: Date.UTC(2026, 10, 2, 9, 0) } })).toBe('SLA "First response" was breached at 2026-11-02 09:00 UTC');
    expect(say({ type: 'csatReceived', csat: { rating: 4 } })).toBe('Line 1 rated the handling 4/5');
  });

  it('does not link a URL that is not http(s)', () => {
    const { text, buttonUrl } = formatNotification(aNotification({ issue: anIssue({ url: 'javascript:alert(1)' }) }), team, DEFAULT_EMOJIS);
    expect(text).not.toContain('href');
    expect(buttonUrl).toBeNull();
  });
});
