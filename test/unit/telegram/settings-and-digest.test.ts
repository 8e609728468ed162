// The telegram settings section's parser (routes, emojis, digest) and digest messages for bursts.
import { parseHtml } from '../../../sandbox/telegram/telegram-html';
import { parseTelegramSettings } from '../../../src/domain/model/telegram/parse-settings';
import { DEFAULT_EMOJIS } from '../../../src/domain/model/telegram/settings';
import { formatDigest } from '../../../src/domain/rules/telegram/format-digest';
import { aNotification, anIssue } from '../../builders/notification';

const route = { id: 'r1', projectKey: 'sup', chatId: '-1001234567890', topicId: '', label: 'Team', events: ['created', 'commented'], priorities: ['High', ' High '], issueTypes: [], publicOnly: false, locale: 'ru' };

describe('parseTelegramSettings', () => {
  it('normalises a valid section', () => {
    const { value } = parseTelegramSettings({ routes: [route], emojis: { created: '🎉' }, digest: { enabled: true, threshold: 8 } });
    expect(value?.routes[0]).toEqual({ ...route, projectKey: 'SUP', chatId: -1001234567890, topicId: null, priorities: ['High'] });
    expect(value?.emojis).toEqual({ ...DEFAULT_EMOJIS, created: '🎉' });
  });

  it('names each wrong field', () => {
    const { value, errors } = parseTelegramSettings({
      routes: [{ ...route, chatId: 0, events: [] }, { ...route, id: 'r2', publicOnly: true, events: ['assigned'], topicId: -3 }, route],
      emojis: { resolved: '<b>' }, digest: { threshold: 1 },
    });
    expect(value).toBeUndefined();
    expect(errors).toMatchObject({
      'routes.0.chatId': 'validation.telegram.chatId', 'routes.0.events': 'validation.telegram.events',
      'routes.1.events': 'validation.telegram.internalEvent', 'routes.1.topicId': 'validation.telegram.topicId',
      'routes.2.id': 'validation.telegram.duplicateRoute', 'emojis.resolved': 'validation.telegram.emoji', 'digest.threshold': 'validation.telegram.digestThreshold',
    });
  });
});

describe('formatDigest', () => {
  it('lists many notifications in one message under the limit and says how many it covers', () => {
    const events = Array.from({ length: 40 }, (_, i) => aNotification({ id: `e${i}`, issue: anIssue({ key: `SUP-${i + 1}`, summary: `${'<long> '.repeat(40)}${i}` }) }));
    const { text, count } = formatDigest(events, { locale: 'en', publicOnly: false }, DEFAULT_EMOJIS);
    const parsed = parseHtml(text);
    expect(count).toBe(25);
    expect(parsed.text.length).toBeLessThanOrEqual(4096);
    expect(parsed.text.split('\n')[0]).toBe('📦 25 updates');
    expect(parsed.text).toContain('SUP-25');
    expect(parsed.text).not.toContain('SUP-26 ');
  });
});
