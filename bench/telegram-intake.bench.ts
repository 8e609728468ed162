// 50 clients filing at once across 10 linked groups, through the shipped web trigger, updates queue,
// intake and fileIncident against the Telegram and Jira stand-ins (in-process, host clock fast-forwarded
// when idle). Every client answers each prompt as soon as it appears. Reports: incidents created exactly
// once (duplicates), Telegram 429 answers (none expected: replies are paced per chat), wall time (host
// clock and real), Jira requests per filed incident, and the minimum Telegram's limits impose on the
// replies (bench/telegram-minimum.ts).
import { performance } from 'node:perf_hooks';
import type { LocalHost } from '../sandbox/host/local-host';
import type { StoredMessage } from '../sandbox/telegram/telegram-stand-in';
import { botMessages, connectBot, deliverAll, startTelegramHost } from '../test/builders/telegram';
import { DEFAULT_ANSWERS, linkedGroup, type LinkedGroup } from '../test/builders/telegram-intake';
import { minimumMs } from './telegram-minimum';

const GROUPS = Number(process.env.BENCH_INTAKE_GROUPS ?? 10);
const PER_GROUP = Number(process.env.BENCH_INTAKE_PER_GROUP ?? 5);

type Client = { readonly chatId: number; readonly userId: number; answered: number; lastPrompt: number; key: string | null };

function watch(host: LocalHost): { refused: () => number; jiraRequests: () => number; issuesCreated: () => number; lastSentAt: () => number } {
  let refused = 0;
  let jira = 0;
  let created = 0;
  let lastSentAt = 0;
  const tg = host.telegram.handle.bind(host.telegram);
  host.telegram.handle = async (req) => {
    const res = await tg(req);
    if (res.status === 429) refused++;
    if (res.status === 200 && req.path.endsWith('/sendMessage')) lastSentAt = host.clock.now();
    return res;
  };
  const handle = host.jira.handle.bind(host.jira);
  host.jira.handle = async (req, actor) => {
    const res = await handle(req, actor);
    if (actor.kind === 'app') jira++;
    if (req.method === 'POST' && req.path === '/rest/api/3/issue' && res.status === 201) created++;
    return res;
  };
  return { refused: () => refused, jiraRequests: () => jira, issuesCreated: () => created, lastSentAt: () => lastSentAt };
}

/** The bot's newest reply to one of the client's messages, if newer than the last one answered. */
function newPrompt(host: LocalHost, c: Client): StoredMessage | undefined {
  const mine = new Set(host.telegram.listMessages(c.chatId).filter((m) => m.message.from?.id === c.userId).map((m) => m.message.message_id));
  const last = botMessages(host, c.chatId).filter((m) => mine.has(m.message.reply_to_message?.message_id ?? -1)).at(-1);
  return last && last.message.message_id > c.lastPrompt ? last : undefined;
}

async function main(): Promise<void> {
  const out = console.log.bind(console);
  for (const level of ['log', 'info', 'warn', 'error'] as const) console[level] = () => undefined;
  const host = await startTelegramHost({ timeoutMs: 5000 });
  try {
    await connectBot(host);
    const groups: LinkedGroup[] = [];
    for (let g = 0; g < GROUPS; g++) groups.push(await linkedGroup(host, { clients: PER_GROUP, clientId: `CL-${10_000 + g}`, title: `Client ${g + 1} — support` }));
    const clients: Client[] = groups.flatMap((g) => g.clients.map((userId) => ({ chatId: g.chatId, userId, answered: 0, lastPrompt: 0, key: null })));
    const watched = watch(host);
    const t0 = host.clock.now();
    const real0 = performance.now();
    for (const c of clients) host.telegram.postAsPerson(c.chatId, c.userId, '/ticket');
    for (let round = 0; round < 3000 && clients.some((c) => c.key === null); round++) {
      await deliverAll(host, { virtualMs: 1000, stepMs: 500 });
      for (const c of clients) {
        if (c.key !== null) continue;
        const prompt = newPrompt(host, c);
        if (!prompt) continue;
        c.lastPrompt = prompt.message.message_id;
        const key = /\b(SUP-\d+)\b/.exec(prompt.message.text ?? '')?.[1];
        if (key && (prompt.message.text ?? '').includes('filed')) {
          c.key = key;
          continue;
        }
        const answer = DEFAULT_ANSWERS[c.answered++] ?? '-';
        host.telegram.postAsPerson(c.chatId, c.userId, answer, { replyToMessageId: prompt.message.message_id });
      }
    }
    await deliverAll(host);
    const keys = clients.flatMap((c) => (c.key ? [c.key] : []));
    const filed = new Set(keys).size;
    const repliesPerGroup = PER_GROUP * (DEFAULT_ANSWERS.length + 1);
    out(JSON.stringify({
      bench: 'telegram-intake', node: process.version, groups: GROUPS, clients: clients.length,
      incidentsCreated: watched.issuesCreated(), clientsWithKey: keys.length, distinctKeys: filed, duplicates: watched.issuesCreated() - filed,
      telegram429: watched.refused(), wallSecondsHostClock: Math.round((watched.lastSentAt() - t0) / 100) / 10,
      wallSecondsReal: Math.round((performance.now() - real0) / 100) / 10,
      jiraRequestsPerIncident: filed > 0 ? Math.round((watched.jiraRequests() / filed) * 100) / 100 : null,
      botRepliesPerGroup: repliesPerGroup, minimumSecondsTelegramLimits: Math.round(minimumMs(groups.map(() => repliesPerGroup)) / 100) / 10,
    }));
  } finally {
    await host.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
  process.exit(1);
});
