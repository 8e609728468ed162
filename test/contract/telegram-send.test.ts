// The Telegram stand-in answers the real node-telegram-bot-api v2 client like api.telegram.org: getMe, the
// envelope, tokens (malformed, revoked), sendMessage with HTML parse mode, its error texts and the 4096 limit.
import { apiError, rawCall, telegramHarness, type Harness } from './telegram-harness';

async function groupWithAnna(h: Harness): Promise<{ chatId: number; anna: number }> {
  const anna = h.tg.createUser({ firstName: 'Anna', username: 'anna_support' }).id;
  const chat = h.tg.createChat('group', 'ACME support', [anna]);
  return { chatId: chat.id, anna };
}

describe('Telegram stand-in: bot identity and tokens', () => {
  it('answers getMe with the bot user and its privacy setting', async () => {
    const h = await telegramHarness();
    const me = await h.api.getMe();
    expect(me).toMatchObject({ id: 7000000001, is_bot: true, username: 'linebridge_bot', first_name: 'LineBridge', can_read_all_group_messages: false });
  });

  it('answers 401 for a malformed token and a revoked one, and serves the new token', async () => {
    const h = await telegramHarness();
    expect((await apiError(h.client('not-a-token').getMe())).description).toBe('Unauthorized: invalid token specified');
    const old = h.tg.bot().token;
    const fresh = h.tg.revokeToken();
    const revoked = await apiError(h.client(old).getMe());
    expect([revoked.errorCode, revoked.description]).toEqual([401, 'Unauthorized']);
    expect((await h.client(fresh).getMe()).id).toBe(7000000001);
  });

  it('uses the Bot API envelope for unknown methods and paths, and accepts JSON bodies and GET queries', async () => {
    const h = await telegramHarness();
    const token = h.tg.bot().token;
    expect(await rawCall(h, `/bot${token}/sendTelepathy`)).toEqual({ status: 404, body: { ok: false, error_code: 404, description: 'Not Found' } });
    expect((await rawCall(h, '/nothing-here')).status).toBe(404);
    const { chatId } = await groupWithAnna(h);
    const json = await rawCall(h, `/bot${token}/SENDMESSAGE`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ chat_id: chatId, text: 'via JSON', reply_markup: { inline_keyboard: [[{ text: 'Open', url: 'https://example.com' }]] } }) });
    expect(json.body).toMatchObject({ ok: true, result: { text: 'via JSON', reply_markup: { inline_keyboard: [[{ text: 'Open', url: 'https://example.com' }]] } } });
    const get = await rawCall(h, `/bot${token}/getChat?chat_id=${chatId}`);
    expect(get.body).toMatchObject({ ok: true, result: { id: chatId, type: 'group', title: 'ACME support' } });
  });
});

describe('Telegram stand-in: sendMessage in HTML parse mode', () => {
  it('returns the message with the plain text and Telegram entities', async () => {
    const h = await telegramHarness();
    const { chatId } = await groupWithAnna(h);
    const sent = await h.api.sendMessage({ chat_id: chatId, parse_mode: 'HTML', text: '🔴 <b>SUP-12</b> &lt;script&gt; <a href="https://acme.atlassian.net/browse/SUP-12">open</a> <i>by <u>Anna</u></i>' });
    expect(sent.text).toBe('🔴 SUP-12 <script> open by Anna');
    expect(sent.entities).toEqual([
      { type: 'bold', offset: 3, length: 6 },
      { type: 'text_link', offset: 19, length: 4, url: 'https://acme.atlassian.net/browse/SUP-12' },
      { type: 'italic', offset: 24, length: 7 },
      { type: 'underline', offset: 27, length: 4 },
    ]);
    expect(sent).toMatchObject({ message_id: 1, from: { id: 7000000001, is_bot: true }, chat: { id: chatId, type: 'group' }, date: Math.floor(h.now() / 1000) });
    expect(h.tg.listMessages(chatId).map((m) => [m.sender, m.message.text])).toEqual([['bot', '🔴 SUP-12 <script> open by Anna']]);
  });

  it.each([
    ['<script>alert(1)</script>', 'Unsupported start tag "script" at byte offset 0'],
    ['Fix <b>now', 'Can\'t find end tag corresponding to start tag "b"'],
    ['a </b>', 'Unexpected end tag at byte offset 2'],
    ['<b>x</i>', 'Unmatched end tag at byte offset 4, expected "</b>", found "</i>"'],
    ['Привет <br>', 'Unsupported start tag "br" at byte offset 13'],
    ['x < y', 'Unsupported start tag "" at byte offset 2'],
    ['<span>x</span>', 'Tag "span" must have class "tg-spoiler" at byte offset 0'],
    ['<b', 'Unclosed start tag at byte offset 0'],
    ['<a href=x/y>t</a>', 'Unexpected end of name token at byte offset 8'],
    ['<tg-emoji emoji-id="abc">👍</tg-emoji>', 'Invalid custom emoji identifier specified'],
  ])('refuses %j with Telegram\'s parse error', async (text, detail) => {
    const h = await telegramHarness();
    const { chatId } = await groupWithAnna(h);
    const error = await apiError(h.api.sendMessage({ chat_id: chatId, text, parse_mode: 'HTML' }));
    expect([error.errorCode, error.description]).toEqual([400, `Bad Request: can't parse entities: ${detail}`]);
    expect(h.tg.listMessages(chatId)).toEqual([]);
  });

  it('keeps unknown named entities literally, as Telegram does, and decodes numeric ones', async () => {
    const h = await telegramHarness();
    const { chatId } = await groupWithAnna(h);
    const sent = await h.api.sendMessage({ chat_id: chatId, parse_mode: 'HTML', text: 'R&amp;D &nbsp; &#x41;&#66; &copy;' });
    expect(sent.text).toBe('R&D &nbsp; AB &copy;');
  });

  it('applies the 4096 limit to the text after entity parsing, in UTF-16 code units', async () => {
    const h = await telegramHarness();
    const { chatId } = await groupWithAnna(h);
    const tagged = '<b>' + 'x'.repeat(4000) + '</b>' + '<i></i>'.repeat(29);
    expect(tagged.length).toBeGreaterThan(4200);
    expect((await h.api.sendMessage({ chat_id: chatId, text: tagged, parse_mode: 'HTML' })).text).toHaveLength(4000);
    await h.advance(5000);
    const long = await apiError(h.api.sendMessage({ chat_id: chatId, text: 'x'.repeat(4097) }));
    expect(long.description).toBe('Bad Request: message is too long');
    const emoji = await apiError(h.api.sendMessage({ chat_id: chatId, text: '😀'.repeat(2049) }));
    expect(emoji.description).toBe('Bad Request: message is too long');
  });

  it('answers Telegram\'s texts for an empty message, an unknown chat, a bad parse_mode and a missing chat_id', async () => {
    const h = await telegramHarness();
    const { chatId } = await groupWithAnna(h);
    expect((await apiError(h.api.sendMessage({ chat_id: chatId, text: '' }))).description).toBe('Bad Request: message text is empty');
    expect((await apiError(h.api.sendMessage({ chat_id: chatId, text: '<b> </b>', parse_mode: 'HTML' }))).description).toBe('Bad Request: message text is empty');
    expect((await apiError(h.api.sendMessage({ chat_id: -4999999999, text: 'hi' }))).description).toBe('Bad Request: chat not found');
    expect((await apiError(h.api.sendMessage({ chat_id: chatId, text: 'hi', parse_mode: 'Plain' }))).description).toBe('Bad Request: unsupported parse_mode');
    const token = h.tg.bot().token;
    expect((await rawCall(h, `/bot${token}/sendMessage`, { method: 'POST', body: new URLSearchParams({ text: 'x' }) })).body.description).toBe('Bad Request: chat_id is empty');
  });

  it('validates inline keyboards like Telegram', async () => {
    const h = await telegramHarness();
    const { chatId } = await groupWithAnna(h);
    const tooLong = await apiError(h.api.sendMessage({ chat_id: chatId, text: 'rate', reply_markup: { inline_keyboard: [[{ text: '5', callback_data: 'x'.repeat(65) }]] } }));
    expect(tooLong.description).toBe('Bad Request: BUTTON_DATA_INVALID');
    const textOnly = await apiError(h.api.sendMessage({ chat_id: chatId, text: 'rate', reply_markup: { inline_keyboard: [[{ text: '5' }]] } }));
    expect(textOnly.description).toBe("Bad Request: can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard");
  });
});
