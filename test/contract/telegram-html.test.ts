// The stand-in's HTML parse mode follows tdlib's parse_html (what the Bot API server runs): nesting, the
// four named entities plus numeric ones, attribute rules, byte offsets in errors and UTF-16 entity offsets.
import { TgError } from '../../sandbox/telegram/telegram-errors';
import { parseHtml } from '../../sandbox/telegram/telegram-html';

function parseError(html: string): string {
  try {
    parseHtml(html);
  } catch (error) {
    if (error instanceof TgError) return error.description;
    throw error;
  }
  throw new Error(`expected ${JSON.stringify(html)} to be refused`);
}

describe('Telegram HTML parse mode', () => {
  it('nests formatting entities and sorts them by offset, longest first', () => {
    const { text, entities } = parseHtml('<b>bold <i>both <u>all</u></i></b> <s>gone</s> <tg-spoiler>secret</tg-spoiler> <span class="tg-spoiler">too</span>');
    expect(text).toBe('bold both all gone secret too');
    expect(entities).toEqual([
      { type: 'bold', offset: 0, length: 13 },
      { type: 'italic', offset: 5, length: 8 },
      { type: 'underline', offset: 10, length: 3 },
      { type: 'strikethrough', offset: 14, length: 4 },
      { type: 'spoiler', offset: 19, length: 6 },
      { type: 'spoiler', offset: 26, length: 3 },
    ]);
  });

  it('turns pre+code with a language into one pre entity and drops empty entities', () => {
    const { text, entities } = parseHtml('<pre><code class="language-ts">const a = 1;</code></pre><b></b><code>x</code>');
    expect(text).toBe('const a = 1;x');
    expect(entities).toEqual([{ type: 'pre', offset: 0, length: 12, language: 'ts' }, { type: 'code', offset: 12, length: 1 }]);
  });

  it('reads blockquote, expandable blockquote, links with quoted and bare values, and custom emoji', () => {
    const { entities } = parseHtml('<blockquote>q</blockquote><blockquote expandable>e</blockquote><a href=\'https://x.org/a?b=1&amp;c=2\'>l</a><a href=example.com>m</a><tg-emoji emoji-id="5368324170671202286">👍</tg-emoji>');
    expect(entities).toEqual([
      { type: 'blockquote', offset: 0, length: 1 },
      { type: 'expandable_blockquote', offset: 1, length: 1 },
      { type: 'text_link', offset: 2, length: 1, url: 'https://x.org/a?b=1&c=2' },
      { type: 'text_link', offset: 3, length: 1, url: 'http://example.com/' },
      { type: 'custom_emoji', offset: 4, length: 2, custom_emoji_id: '5368324170671202286' },
    ]);
  });

  it('counts entity offsets in UTF-16 code units and error offsets in UTF-8 bytes', () => {
    expect(parseHtml('😀 é <b>x</b>').entities).toEqual([{ type: 'bold', offset: 5, length: 1 }]);
    expect(parseError('😀 é <x>')).toBe('Bad Request: can\'t parse entities: Unsupported start tag "x" at byte offset 8');
  });

  it('is case-insensitive for tag names and accepts an end tag without a name', () => {
    expect(parseHtml('<B>x</> <EM>y</em>').entities).toEqual([{ type: 'bold', offset: 0, length: 1 }, { type: 'italic', offset: 2, length: 1 }]);
  });

  it('decodes only &lt; &gt; &amp; &quot; and numeric references, semicolon optional', () => {
    expect(parseHtml('&lt;b&gt; &quot;q&quot; &amp &#128512; &#x1F600; &apos; &#0; &#xZZ;').text).toBe('<b> "q" & 😀 😀 &apos; &#0; &#xZZ;');
  });

  it('refuses a lone surrogate produced by a numeric reference', () => {
    expect(parseError('&#xD83D;')).toMatch(/Text contains invalid Unicode characters after decoding HTML entities/);
  });

  it.each([
    ['<b>x', 'Can\'t find end tag corresponding to start tag "b"'],
    ['<b =x>y</b>', 'Empty attribute name in the tag "b" at byte offset 0'],
    ['<b>x</b', 'Unclosed end tag at byte offset 4'],
    ['<a href="x', 'Unclosed start tag at byte offset 0'],
  ])('refuses %j', (html, detail) => {
    expect(parseError(html)).toBe(`Bad Request: can't parse entities: ${detail}`);
  });

  it('ignores unknown attributes, with or without a value', () => {
    expect(parseHtml('<b x>y</b> <i class="z" data-a=1>w</i>').entities).toEqual([{ type: 'bold', offset: 0, length: 1 }, { type: 'italic', offset: 2, length: 1 }]);
  });

  it('handles a 100,000-character message without overflowing', () => {
    expect(parseHtml(`<b>${'a'.repeat(100_000)}</b>`).text).toHaveLength(100_000);
  });
});
