// CSAT buttons under a resolution in the team chat, through the host and the same rating use case as the
// issue panel: a linked line-1 member rates (and may change it for 7 days, keeping the panel's comment),
// others are refused with the panel's own reasons, each resolution's buttons rate that resolution's cycle,
// and every saved rating — from a tap or from the panel — brings `csatReceived` to the team chat, without
// the rater's name when they chose anonymity and never with the comment.
import type { IssueLinesDto, Result } from '../../src/shared/contract';
import { seededUser } from '../builders/host';
import { linesCall } from '../builders/lines-host';
import { move, resolvedHandoff, T } from '../builders/lines-issues';
import { botMessages, deliverAll, saveTelegramSettings, teamChat, useTelegramHost } from '../builders/telegram';
import { callbackButtons, joinChat, linkedPerson, messageStarting, PANEL_MODULE, tap } from '../builders/telegram-buttons';

const host = useTelegramHost();
let chat: number;
const anna = seededUser('line1', 0).accountId;
const ben = seededUser('line1', 1).accountId;
const chen = seededUser('line2', 0).accountId;

const view = async (key: string, as: string): Promise<IssueLinesDto> => {
  const r = await linesCall<IssueLinesDto>(host(), 'lines/issue', { issueKey: key }, as, PANEL_MODULE);
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
};
const rateInPanel = (key: string, as: string, score: number, extra: Record<string, unknown> = {}): Promise<Result<IssueLinesDto>> =>
  linesCall<IssueLinesDto>(host(), 'lines/rate', { issueKey: key, cycle: 1, score, comment: '', anonymous: false, ...extra }, as, PANEL_MODULE);

/** Filed and escalated by Anna (line 1), resolved by Chen (line 2); the team chat got the resolution. */
async function resolvedIssue(): Promise<string> {
  const key = await resolvedHandoff(host(), anna, chen, { comment: { as: chen, text: 'Fixed: restarted the worker.' } });
  await deliverAll(host());
  return key;
}

async function person(accountId: string, name: string): Promise<number> {
  const id = await linkedPerson(host(), accountId, name);
  joinChat(host(), chat, id);
  return id;
}

const csatMessages = (key: string) => botMessages(host(), chat).filter((m) => (m.message.text ?? '').startsWith(`⭐ ${key}`));

beforeEach(async () => {
  chat = await teamChat(host());
  // One message per event (no digest), so the resolution's own message carries the buttons.
  await saveTelegramSettings(host(), [{ chatId: chat }], { digest: { enabled: false, threshold: 5 } });
});

describe('CSAT buttons in the team chat', () => {
  it('lets a linked line-1 member rate the resolution, and the team hears about it', async () => {
    const key = await resolvedIssue();
    const resolved = messageStarting(host(), chat, `✅ ${key}`);
    expect(callbackButtons(resolved).map((b) => b.text)).toEqual(['1⭐', '2⭐', '3⭐', '4⭐', '5⭐']);
    const annaTg = await person(anna, 'Anna');
    const answer = await tap(host(), resolved, annaTg, '4⭐');
    expect(answer).toMatchObject({ answered: true, answerText: expect.stringContaining(`${key} rated 4/5. To add a comment, open the issue in Jira.`) as unknown });
    expect((await view(key, anna)).cycles[0]?.rating).toMatchObject({ score: 4, mine: true, comment: '', anonymous: false });
    const [notice] = csatMessages(key);
    expect(notice?.message.text).toContain('Line 1 rated the handling 4/5');
    expect(notice?.message.text).toContain('Anna Petrova');
  });

  it('refuses line 2, an unlinked person and a second rater with the panel’s reasons', async () => {
    const key = await resolvedIssue();
    const resolved = messageStarting(host(), chat, `✅ ${key}`);
    const chenTg = await person(chen, 'Chen');
    expect(await tap(host(), resolved, chenTg, '5⭐')).toMatchObject({ showAlert: true, answerText: expect.stringContaining('Only line-1 agents can rate') as unknown });
    const stranger = host().telegram.createUser({ firstName: 'Stranger', languageCode: 'en' });
    joinChat(host(), chat, stranger.id);
    expect(await tap(host(), resolved, stranger.id, '5⭐')).toMatchObject({ showAlert: true, answerText: expect.stringContaining('Connect Telegram') as unknown });
    const annaTg = await person(anna, 'Anna');
    await tap(host(), resolved, annaTg, '2⭐');
    const benTg = await person(ben, 'Ben');
    expect(await tap(host(), resolved, benTg, '5⭐')).toMatchObject({ showAlert: true, answerText: expect.stringContaining('Anna Petrova') as unknown });
    expect((await view(key, anna)).cycles[0]?.rating?.score).toBe(2);
    expect(csatMessages(key)).toHaveLength(1);
  });

  it('lets the rater change the score for 7 days, keeping the panel comment and anonymity, then locks it', async () => {
    const key = await resolvedIssue();
    const resolved = messageStarting(host(), chat, `✅ ${key}`);
    expect((await rateInPanel(key, anna, 3, { comment: 'Slow but thorough.', anonymous: true })).ok).toBe(true);
    await deliverAll(host());
    const annaTg = await person(anna, 'Anna');
    expect(await tap(host(), resolved, annaTg, '5⭐')).toMatchObject({ answerText: expect.stringContaining(`Your rating of ${key} is now 5/5`) as unknown });
    expect((await view(key, anna)).cycles[0]?.rating).toMatchObject({ score: 5, comment: 'Slow but thorough.', anonymous: true });
    await host().clock.advance(8 * 24 * 3_600_000);
    expect(await tap(host(), resolved, annaTg, '1⭐')).toMatchObject({ showAlert: true, answerText: expect.stringMatching(/7 days|locked/i) as unknown });
    expect((await view(key, anna)).cycles[0]?.rating?.score).toBe(5);
  });

  it('sends csatReceived for a panel rating too, without the name of an anonymous rater and never the comment', async () => {
    const key = await resolvedIssue();
    expect((await rateInPanel(key, anna, 2, { comment: 'Took three days to pick up.', anonymous: true })).ok).toBe(true);
    await deliverAll(host());
    const [notice] = csatMessages(key);
    expect(notice?.message.text).toContain('rated the handling 2/5');
    expect(notice?.message.text).not.toContain('Anna');
    expect(notice?.message.text).not.toContain('Took three days');
  });

  it('rates the cycle each resolution message announced, not the newest one', async () => {
    const key = await resolvedIssue();
    const first = messageStarting(host(), chat, `✅ ${key}`);
    await host().clock.advance(10 * 60_000);
    await move(host(), key, chen, T.REOPEN);
    await move(host(), key, chen, T.START);
    await host().clock.advance(10 * 60_000);
    await move(host(), key, chen, T.RESOLVE);
    await deliverAll(host());
    const annaTg = await person(anna, 'Anna');
    const second = messageStarting(host(), chat, `✅ ${key}`);
    expect(second.message.message_id).not.toBe(first.message.message_id);
    expect(await tap(host(), second, annaTg, '4⭐')).toMatchObject({ answerText: expect.stringContaining('rated 4/5') as unknown });
    const cycles = (await view(key, anna)).cycles;
    expect(cycles.map((c) => c.rating?.score ?? null)).toEqual([null, 4]);
    // The first resolution's row rates the first cycle: a cycle of its own, still open to rating.
    expect(await tap(host(), first, annaTg, '3⭐')).toMatchObject({ answerText: expect.stringContaining('rated 3/5') as unknown });
    expect((await view(key, anna)).cycles.map((c) => c.rating?.score ?? null)).toEqual([3, 4]);
  });
});
