// The inline buttons of notifications (issues 7 and 8): callback data within Telegram's 64 bytes and read
// back only when well-formed, the keyboard per audience and event, and the forum topic name per issue.
import { DEFAULT_TELEGRAM } from '../../../src/domain/model/telegram/settings';
import { parseTelegramSettings } from '../../../src/domain/model/telegram/parse-settings';
import { deepLink, isLinkCode, toLinkCode } from '../../../src/domain/model/telegram/account-link';
import {
  assignData, CALLBACK_DATA_MAX_BYTES, csatData, parseAssignPayload, parseCsatPayload,
} from '../../../src/domain/rules/telegram/callback-data';
import { notificationKeyboard } from '../../../src/domain/rules/telegram/keyboard';
import { topicName, TOPIC_NAME_MAX } from '../../../src/domain/rules/telegram/topic-name';
import { aNotification, anIssue } from '../../builders/notification';

const team = { locale: 'en' as const, publicOnly: false };
const client = { locale: 'en' as const, publicOnly: true };
const bytes = (s: string): number => new TextEncoder().encode(s).length;
const URL_ = 'https://acme.atlassian.net/browse/SUP-12';

describe('callback data', () => {
  it('stays within 64 bytes for the longest issue id and the latest time', () => {
    const id = '999999999999999999';
    expect(bytes(assignData(id))).toBeLessThanOrEqual(CALLBACK_DATA_MAX_BYTES);
    expect(bytes(csatData(id, Date.UTC(2999, 11, 31), 5))).toBeLessThanOrEqual(CALLBACK_DATA_MAX_BYTES);
  });

  it('reads back what it wrote', () => {
    const at = Date.UTC(2026, 10, 2, 9, 30, 17);
    const data = csatData('10001', at, 4);
    expect(data).toMatch(/^cs:10001:[0-9a-z]+:4$/);
    expect(parseCsatPayload(data.slice(3))).toEqual({ issueId: '10001', resolvedAt: at, score: 4 });
    expect(parseAssignPayload(assignData('10001').slice(3))).toBe('10001');
  });

  it.each(['', '10001:!:4', '10001::4', '10001:kx1:9', '10001:kx1:0', 'abc:kx1:3', '10001:kx1:3:extra', '-1:kx1:3', '10001:KX1:3'])('refuses the CSAT payload %p', (payload) => {
    expect(parseCsatPayload(payload)).toBeNull();
  });

  it.each(['', 'SUP-1', '01', '1e5', '10001 '])('refuses the assign payload %p', (payload) => {
    expect(parseAssignPayload(payload)).toBeNull();
  });

  it('refuses to build data for ids that are not Jira ids', () => {
    expect(() => assignData('SUP-12')).toThrow();
    expect(() => csatData('', 0, 3)).toThrow();
  });
});

describe('the notification keyboard', () => {
  it('gives team chats "Assign to me" under open-issue events, after "Open in Jira"', () => {
    const rows = notificationKeyboard(aNotification(), team, URL_);
    expect(rows).toEqual([[{ text: 'Open in Jira', url: URL_ }], [{ text: '🙋 Assign to me', callbackData: 'as:10001' }]]);
  });

  it('puts the 1–5 rating row under a resolution, for the resolution it announces', () => {
    const at = Date.UTC(2026, 10, 2, 12, 0);
    const rows = notificationKeyboard(aNotification({ type: 'resolved', at }), team, URL_);
    expect(rows[1]?.map((b) => b.text)).toEqual(['1⭐', '2⭐', '3⭐', '4⭐', '5⭐']);
    expect(rows[1]?.map((b) => ('callbackData' in b ? parseCsatPayload(b.callbackData.slice(3)) : null))).toEqual(
      [1, 2, 3, 4, 5].map((score) => ({ issueId: '10001', resolvedAt: at, score })),
    );
  });

  it('never gives client chats action buttons, nor a CSAT notification', () => {
    expect(notificationKeyboard(aNotification({ type: 'resolved' }), client, URL_)).toEqual([[{ text: 'Open in Jira', url: URL_ }]]);
    expect(notificationKeyboard(aNotification(), client, URL_)).toHaveLength(1);
    expect(notificationKeyboard(aNotification({ type: 'csatReceived' }), team, URL_)).toHaveLength(1);
  });

  it('is the same for the same event (a lost-answer probe repeats it), translated per chat', () => {
    const event = aNotification({ type: 'resolved' });
    expect(notificationKeyboard(event, team, URL_)).toEqual(notificationKeyboard(event, team, URL_));
    expect(notificationKeyboard(aNotification(), { locale: 'ru', publicOnly: false }, URL_)[1]?.[0]?.text).toBe('🙋 Взять себе');
  });

  it('leaves out action buttons for an issue id that is not numeric', () => {
    expect(notificationKeyboard(aNotification({ issue: anIssue({ id: 'x' }) }), team, null)).toEqual([]);
  });
});

describe('the forum topic name', () => {
  it('is "KEY summary" on one line', () => {
    expect(topicName('SUP-12', 'Checkout\nfails  for\tall')).toBe('SUP-12 Checkout fails for all');
  });

  it('is cut to 128 characters without breaking an emoji', () => {
    const name = topicName('SUP-12', `${'a'.repeat(119)}🧑‍💻🧑‍💻🧑‍💻`);
    expect(name.length).toBeLessThanOrEqual(TOPIC_NAME_MAX);
    expect(name.endsWith('…')).toBe(true);
    expect(name).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
    expect(topicName('SUP-1', 'x'.repeat(500))).toHaveLength(TOPIC_NAME_MAX);
  });

  it('cleans control characters and lone surrogates', () => {
    expect(topicName('SUP-1', 'a\u0000b\uD800c')).toBe('SUP-1 ab\uFFFDc');
  });
});

describe('route settings and link codes', () => {
  it('accepts "one topic per issue" on a route and keeps it off by default', () => {
    const route = { id: 'r1', projectKey: 'SUP', chatId: -1001, topicId: null, events: ['created'], locale: 'en' };
    expect(parseTelegramSettings({ ...DEFAULT_TELEGRAM, routes: [{ ...route, topicPerIssue: true }] }).value?.routes[0]?.topicPerIssue).toBe(true);
    expect(parseTelegramSettings({ ...DEFAULT_TELEGRAM, routes: [route] }).value?.routes[0]?.topicPerIssue).toBeUndefined();
    expect(parseTelegramSettings({ ...DEFAULT_TELEGRAM, routes: [{ ...route, topicPerIssue: 'yes' }] }).errors).toEqual({ 'routes.0.topicPerIssue': 'validation.required' });
  });

  it('makes deep-link codes Telegram accepts as a /start parameter', () => {
    const code = toLinkCode('A'.repeat(32));
    expect(isLinkCode(code)).toBe(true);
    expect(code).toMatch(/^[A-Za-z0-9_-]{1,64}$/);
    expect(deepLink('linebridge_bot', code)).toBe(`https://t.me/linebridge_bot?start=${code}`);
    expect(isLinkCode('lbshort')).toBe(false);
    expect(isLinkCode(`${code}<`)).toBe(false);
  });
});
