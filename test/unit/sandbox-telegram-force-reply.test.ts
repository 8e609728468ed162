// Which bot question the shell's Telegram composer answers by default (ForceReply, as Telegram clients do).
import type { TgMsg, TgPerson } from '../../sandbox/shell-app/src/telegram/telegram-model';
import { forceReplyTarget } from '../../sandbox/shell-app/src/telegram/telegram-force-reply';

const person = (id: number, username = ''): TgPerson => ({ id, name: `P${id}`, isBot: false, username });
const BOT: TgPerson = { id: 7, name: 'LineBridge', isBot: true, username: 'linebridge_bot' };
const laura = person(1, 'laura');
const tom = person(2, 'tom');

function msg(id: number, from: TgPerson, over: Partial<TgMsg> = {}): TgMsg {
  return {
    id, from, date: id, sender: from.isBot ? 'bot' : 'person', text: `m${id}`, entities: [], threadId: null, reply: null,
    buttons: [], service: '', documentName: '', forceReply: null, ...over,
  };
}
const ask = (id: number, to: TgMsg, selective = true, placeholder = ''): TgMsg => msg(id, BOT, { reply: to, forceReply: { selective, placeholder } });

describe('forceReplyTarget', () => {
  it('answers the bot’s newest question to this person, not to someone else (selective)', () => {
    const mine = msg(1, laura);
    const q = ask(2, mine);
    expect(forceReplyTarget([mine, q], laura)?.id).toBe(2);
    expect(forceReplyTarget([mine, q], tom)).toBeNull();
  });

  it('stops once the person answered, or when the bot’s newest message to them asks nothing', () => {
    const mine = msg(1, laura);
    const q = ask(2, mine);
    expect(forceReplyTarget([mine, q, msg(3, laura, { reply: q })], laura)).toBeNull();
    const answer = msg(3, laura, { reply: q });
    expect(forceReplyTarget([mine, q, answer, msg(4, BOT, { reply: answer })], laura)).toBeNull();
  });

  it('reaches everyone when not selective, and a mentioned person when selective', () => {
    expect(forceReplyTarget([msg(1, BOT, { forceReply: { selective: false, placeholder: 'x' } })], tom)?.id).toBe(1);
    expect(forceReplyTarget([msg(1, BOT, { text: '@Tom what happened?', forceReply: { selective: true, placeholder: '' } })], tom)?.id).toBe(1);
    expect(forceReplyTarget([msg(1, BOT, { text: '@Tom what happened?', forceReply: { selective: true, placeholder: '' } })], laura)).toBeNull();
    expect(forceReplyTarget([], undefined)).toBeNull();
  });
});
