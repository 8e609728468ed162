import { messagesEn } from '../../src/shared/i18n/messages-en';
import { messagesRu } from '../../src/shared/i18n/messages-ru';
import { toLocale, translate } from '../../src/shared/i18n';

const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();

describe('i18n table', () => {
  it('translates every English key into Russian with the same placeholders', () => {
    for (const [key, en] of Object.entries(messagesEn)) {
      const ru = messagesRu[key as keyof typeof messagesEn];
      expect(ru.trim().length).toBeGreaterThan(0);
      expect({ key, placeholders: placeholders(ru) }).toEqual({ key, placeholders: placeholders(en) });
    }
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translate('ru', 'error.UPSTREAM_THROTTLED', { seconds: 30 })).toBe('Jira ограничивает частоту запросов. Повторите через 30 с.');
    expect(translate('en', 'error.NOT_FOUND')).toBe('Not found: {what}.');
  });

  it('maps Jira and Telegram locale tags to a supported language', () => {
    expect(toLocale('ru_RU')).toBe('ru');
    expect(toLocale('ru-RU')).toBe('ru');
    expect(toLocale('de_DE')).toBe('en');
    expect(toLocale(undefined)).toBe('en');
  });
});
