// The text helpers behind every Telegram message: escaping, cleaning and cutting on grapheme boundaries.
import fc from 'fast-check';
import { cleanText, escapeHtml, safeText, truncate, visibleLength } from '../../../src/domain/rules/telegram/html';
import { parseHtml } from '../../../sandbox/telegram/telegram-html';

describe('Telegram HTML text helpers', () => {
  it('escapes the three characters Telegram parses and the attribute quote', () => {
    expect(escapeHtml('a & b < c > d "e"')).toBe('a &amp; b &lt; c &gt; d &quot;e&quot;');
  });

  it('never cuts inside a surrogate pair or a ZWJ emoji sequence', () => {
    expect(truncate('ab👩🏽‍💻cd', 5)).toBe('ab…');
    expect(truncate('ab👩🏽‍💻cd', 10)).toBe('ab👩🏽‍💻…');
    expect(truncate('short', 10)).toBe('short');
  });

  it('replaces lone surrogates and drops controls and bidi overrides, keeping newlines and tabs', () => {
    expect(cleanText('a\uDC00b\uD800')).toBe('a\uFFFDb\uFFFD');
    expect(cleanText('x\u0007y\u202Ez\r\nw\tv')).toBe('xyz\nw\tv');
  });

  it('produces text Telegram accepts and shows as typed, within the limit, for any input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), fc.integer({ min: 2, max: 120 }), (raw, max) => {
        const html = safeText(raw, max);
        const parsed = parseHtml(html);
        expect(parsed.text).toBe(truncate(cleanText(raw), max));
        expect(parsed.text.length).toBeLessThanOrEqual(max);
        expect(visibleLength(html)).toBe(parsed.text.length);
      }),
      { numRuns: 300 },
    );
  });
});
