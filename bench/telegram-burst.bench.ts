// A burst of Jira comments fanned out to 10 team chats through the shipped trigger, outbox and consumer
// against the Telegram stand-in: every notification delivered exactly once (alone or in a digest), no
// 429 caused by our pacing, and the time taken (host clock, idle waits fast-forwarded) against the
// minimum Telegram's limits impose. Also the event → message latency without backlog.
import { performance } from 'node:perf_hooks';
import type { LocalHost } from '../sandbox/host/local-host';
import { botMessages, comment, connectBot, deliverAll, saveTelegramSettings, startTelegramHost, teamChat } from '../test/builders/telegram';
import { minimumMs } from './telegram-minimum';

type Scenario = { readonly name: string; readonly events: number; readonly chats: number; readonly digest: boolean };

/** Counts the stand-in's 429 answers and notes when the last message was accepted (host clock). */
function watch(host: LocalHost): { refused: () => number; lastSentAt: () => number } {
  let refused = 0;
  let lastSentAt = 0;
  const handle = host.telegram.handle.bind(host.telegram);
  host.telegram.handle = async (req) => {
    const res = await handle(req);
    if (res.status === 429) refused++;
    if (res.status === 200 && req.path.endsWith('/sendMessage')) lastSentAt = host.clock.now();
    return res;
  };
  return { refused: () => refused, lastSentAt: () => lastSentAt };
}

/** Drives the host (idle waits fast-forwarded a second at a time) until every marker is in some chat. */
async function driveUntilDelivered(host: LocalHost, chats: readonly number[], events: number): Promise<void> {
  const seen = () => chats.reduce((n, chat) => n + botMessages(host, chat).reduce((m, msg) => m + ((msg.message.text ?? '').match(/burst #\d+#/g)?.length ?? 0), 0), 0);
  for (let second = 0; second < 3600 && seen() < events * chats.length; second++) await deliverAll(host, { virtualMs: 1000 });
  await deliverAll(host);
}

async function burst(s: Scenario): Promise<Record<string, unknown>> {
  const host = await startTelegramHost({ timeoutMs: 5000 });
  try {
    await connectBot(host);
    const chats: number[] = [];
    for (let i = 0; i < s.chats; i++) chats.push(await teamChat(host, 'supergroup', { title: `Team ${i + 1}` }));
    await saveTelegramSettings(host, chats.map((chatId) => ({ chatId, events: ['commented'] })), { digest: { enabled: s.digest, threshold: 5 } });
    const watched = watch(host);
    const t0 = host.clock.now();
    for (let i = 0; i < s.events; i++) await comment(host, `SUP-${(i % 3) + 1}`, `burst #${i}#`);
    await driveUntilDelivered(host, chats, s.events);
    const elapsed = watched.lastSentAt() - t0;
    let lost = 0;
    let duplicated = 0;
    const perChat: number[] = [];
    for (const chat of chats) {
      const messages = botMessages(host, chat);
      perChat.push(messages.length);
      const text = messages.map((m) => m.message.text ?? '').join('\n');
      for (let i = 0; i < s.events; i++) {
        const seen = text.split(`burst #${i}#`).length - 1;
        if (seen === 0) lost++;
        if (seen > 1) duplicated += seen - 1;
      }
    }
    const minimum = minimumMs(perChat);
    return {
      scenario: s.name, notifications: s.events * s.chats, chats: s.chats, messagesSent: perChat.reduce((a, b) => a + b, 0), lost, duplicated,
      telegram429: watched.refused(), wallSeconds: Math.round(elapsed / 100) / 10, minimumSeconds: Math.round(minimum / 100) / 10,
      overMinimumPercent: minimum > 0 ? Math.round(((elapsed - minimum) / minimum) * 1000) / 10 : null,
      minimumWithoutDigestsSeconds: Math.round(minimumMs(chats.map(() => s.events)) / 100) / 10,
    };
  } finally {
    await host.close();
  }
}

async function latency(samples: number): Promise<Record<string, unknown>> {
  const host = await startTelegramHost({ timeoutMs: 5000 });
  try {
    await connectBot(host);
    const chat = await teamChat(host);
    await saveTelegramSettings(host, [{ chatId: chat, events: ['commented'] }]);
    const times: number[] = [];
    for (let i = 0; i < samples; i++) {
      const before = botMessages(host, chat).length;
      const start = performance.now();
      await comment(host, 'SUP-1', `latency ${i}`);
      while (botMessages(host, chat).length === before) await deliverAll(host);
      times.push(performance.now() - start);
      await host.clock.advance(5000);
    }
    times.sort((a, b) => a - b);
    return { scenario: 'latency', samples, p50Ms: Math.round(times[Math.floor(samples / 2)] ?? 0), maxMs: Math.round(times[samples - 1] ?? 0) };
  } finally {
    await host.close();
  }
}

async function main(): Promise<void> {
  const events = Number(process.env.BENCH_TELEGRAM_EVENTS ?? 20);
  const out = console.log.bind(console);
  for (const level of ['log', 'info', 'warn', 'error'] as const) console[level] = () => undefined;
  const results = [
    await burst({ name: 'paced, digests off', events, chats: 10, digest: false }),
    await burst({ name: 'digests on (threshold 5)', events, chats: 10, digest: true }),
    await latency(15),
  ];
  out(JSON.stringify({ bench: 'telegram-burst', node: process.version, results }));
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
  process.exit(1);
});
