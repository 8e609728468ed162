// Seed step: the demo's Telegram chats in the Bot API stand-in (the team supergroup, two client groups, the
// staff and client people, past messages in English and Russian), then the bot connected through the app's
// own `telegram/connect` and a route SUP → team chat saved through `settings/save`, both as the Jira admin.
// Deterministic (script + anchor); skipped without a Telegram stand-in; never writes app storage directly.
import { DEFAULT_BOT, type TelegramStandIn } from '../telegram/telegram-stand-in';
import { UnknownModuleError, type ResolverCall } from '../host/resolver-call';
import { SEED_USERS, type SeedRole } from '../jira/seed-users';
import type { SeedStep, SeedStepContext } from './seed-steps';
import { CLIENT_PEOPLE, DEMO_CHATS, LINKED_CLIENT_CHAT } from './telegram-script';

const ADMIN_MODULE = 'linebridge-admin';
const DAY = 86_400_000;
const TEAM_EVENTS = ['created', 'statusChanged', 'assigned', 'commented', 'resolved', 'reopened', 'slaWarning', 'slaBreached', 'csatReceived'];
type Result = { ok: boolean; value?: unknown; error?: unknown };

function createPeople(tg: TelegramStandIn): Map<string, number> {
  const ids = new Map<string, number>();
  const seen = new Map<SeedRole, number>();
  for (const u of SEED_USERS) {
    const index = seen.get(u.role) ?? 0;
    seen.set(u.role, index + 1);
    const [firstName = u.displayName, ...rest] = u.displayName.split(' ');
    const user = tg.createUser({ firstName, lastName: rest.join(' '), username: u.email.split('@')[0]?.replace('.', '_') ?? '', languageCode: u.locale.slice(0, 2) });
    ids.set(`${u.role}-${index}`, user.id);
  }
  for (const p of CLIENT_PEOPLE) ids.set(p.key, tg.createUser({ firstName: p.firstName, lastName: p.lastName, username: p.username, languageCode: p.lang }).id);
  return ids;
}

/** Creates the chats and plays their scripts; returns the chat ids by key. */
export function seedTelegramChats(tg: TelegramStandIn, anchor: number, setTime: (at: number) => void): Map<string, number> {
  const people = createPeople(tg);
  const person = (key: string): number => people.get(key) ?? (() => { throw new Error(`demo seed: no Telegram person ${key}`); })();
  const chats = new Map<string, number>();
  for (const script of DEMO_CHATS) {
    const first = script.lines[0];
    setTime(anchor - (first?.daysBefore ?? 1) * DAY - 7 * DAY);
    const members = script.members.map(person);
    const chat = tg.createChat(script.type, script.title, members, { admins: members.slice(0, 1) });
    chats.set(script.key, chat.id);
    const sent: number[] = [];
    for (const line of script.lines) {
      const [h = 0, m = 0] = line.at.split(':').map(Number);
      setTime(anchor - line.daysBefore * DAY + (h * 60 + m) * 60_000);
      const reply = line.reply === undefined ? undefined : sent[line.reply];
      sent.push(tg.postAsPerson(chat.id, person(line.by), line.text, reply === undefined ? {} : { replyToMessageId: reply }).message.message_id);
    }
  }
  return chats;
}

async function asAdmin(invoke: (call: ResolverCall) => Promise<unknown>, functionKey: string, payload: unknown): Promise<Result> {
  const accountId = SEED_USERS.find((u) => u.role === 'admin')?.accountId;
  const result = (await invoke({ moduleKey: ADMIN_MODULE, functionKey, payload, accountId, context: { extension: { type: 'jira:adminPage' } } })) as Result;
  if (result.ok !== true) throw new Error(`demo seed: ${functionKey} failed: ${JSON.stringify(result.error)}`);
  return result;
}

async function connectAndRoute(invoke: (call: ResolverCall) => Promise<unknown>, teamChatId: number): Promise<void> {
  await asAdmin(invoke, 'telegram/connect', { token: DEFAULT_BOT.token });
  const settings = (await asAdmin(invoke, 'settings/get', {})).value as { sections: { section: string; version: number; value: unknown }[] };
  const section = settings.sections.find((s) => s.section === 'telegram');
  const current = typeof section?.value === 'object' && section.value !== null ? section.value : {};
  const route = {
    id: 'sup-team', projectKey: 'SUP', chatId: teamChatId, topicId: null, label: 'SUP support team', events: TEAM_EVENTS,
    priorities: [], issueTypes: [], publicOnly: false, locale: 'en',
  };
  await asAdmin(invoke, 'settings/save', { section: 'telegram', value: { ...current, routes: [route] }, expectedVersion: section?.version ?? 0 });
}

/**
 * Links the Greenleaf group to SUP (client CL-10529) the way a client does it: a code from the admin page's
 * `telegram/links/createCode`, then `/link CODE` posted by the group's creator. Posted just before the
 * anchor (within Telegram's 24 h retention), so the webhook delivers it once the seed is done and a newcomer
 * can try `/ticket` in that chat right away.
 */
async function linkClientGroup(ctx: SeedStepContext, invoke: (call: ResolverCall) => Promise<unknown>, chats: ReadonlyMap<string, number>): Promise<void> {
  const chat = chats.get(LINKED_CLIENT_CHAT.key);
  if (!ctx.telegram || chat === undefined) return;
  const code = (await asAdmin(invoke, 'telegram/links/createCode', { projectKey: 'SUP', clientId: LINKED_CLIENT_CHAT.clientId })).value as { command: string; expiresAt: string };
  const creator = ctx.telegram.members(chat).find((m) => m.status === 'creator');
  // The app's "now" (the code lives 24 h): with an anchor days ago the update would be past Telegram's
  // retention before the webhook delivers it, so nothing is posted (the seed never reads the wall clock).
  const appNow = Date.parse(code.expiresAt) - DAY;
  const postedAt = ctx.anchor - 60_000;
  if (!creator || appNow - postedAt > DAY - 5 * 60_000) return;
  ctx.setTime(postedAt);
  ctx.telegram.postAsPerson(chat, creator.user.id, code.command);
}

export const telegramChats: SeedStep = {
  name: 'telegram-chats',
  run: async (ctx: SeedStepContext) => {
    if (!ctx.telegram) return;
    const chats = seedTelegramChats(ctx.telegram, ctx.anchor, ctx.setTime);
    const team = chats.get('team');
    if (!ctx.invokeResolver || team === undefined) return;
    try {
      await connectAndRoute(ctx.invokeResolver, team);
      await linkClientGroup(ctx, ctx.invokeResolver, chats);
    } catch (error) {
      if (error instanceof UnknownModuleError) return; // an app without the admin page (e.g. the fixture app)
      throw error;
    }
  },
};
