// Plans the whole demo: ~600 incidents spread over the 12 weeks before the anchor (weekdays busier, a slow
// growth), each with client, topic, priority, people and a full history. Pure and deterministic: the same
// seed and anchor give the same plan. Calls at or after the anchor are dropped (those issues stay open).
import { SEED_USERS } from '../jira/seed-users';
import { incidentDescription } from './adf-builders';
import { DAY, DEMO_WEEKS, HOUR, MINUTE } from './calendar';
import { CHANNELS, CLIENTS, type Client } from './clients';
import { planLifecycle } from './lifecycle';
import { Prng, type Weighted } from './prng';
import { byTime, type IssueFacts, type TimedCall } from './seed-calls';
import { SCOPES, TOPICS, type Tier } from './topics';

export const DEMO_SEED = 20_260_105;
export const DEMO_ISSUE_COUNT = 600;

export type DemoPlan = { readonly issues: readonly IssueFacts[]; readonly calls: readonly TimedCall[] };

const people = (role: string): string[] => SEED_USERS.filter((u) => u.role === role).map((u) => u.accountId);
const PRIORITY_MIX: Weighted<Tier> = [['Critical', 3], ['High', 14], ['Medium', 61], ['Low', 22]];
/** Line-1 filing hours (UTC): the Moscow morning and the New York afternoon overlap around 13–15. */
const HOURS: Weighted<number> = [[6, 3], [7, 6], [8, 8], [9, 9], [10, 8], [11, 7], [12, 7], [13, 8], [14, 8], [15, 7], [16, 6], [17, 5], [18, 4], [19, 3], [20, 2], [21, 1]];

function arrivals(r: Prng, windowStart: number, count: number): number[] {
  const days = DEMO_WEEKS * 7;
  const dayWeights: [number, number][] = Array.from({ length: days }, (_, d) => {
    const dow = new Date(windowStart + d * DAY).getUTCDay();
    return [d, (dow === 0 || dow === 6 ? 0.15 : 1) * (1 + (0.25 * d) / days)];
  });
  const times = Array.from({ length: count }, () => {
    const day = windowStart + r.weighted(dayWeights) * DAY;
    const weekend = [0, 6].includes(new Date(day).getUTCDay());
    const hour = weekend ? r.int(8, 19) : r.weighted(HOURS);
    return day + hour * HOUR + r.int(0, 59) * MINUTE + r.int(0, 59) * 1000;
  });
  return times.sort((a, b) => a - b);
}

function reporterFor(r: Prng, created: number, client: Client): string {
  const [anna, ben] = people('line1') as [string, string];
  const hour = new Date(created).getUTCHours();
  if (hour < 13) return anna;
  if (hour >= 15) return ben;
  return client.lang === 'ru' || r.chance(0.3) ? anna : ben;
}

export function planDemo(anchor: number, count = DEMO_ISSUE_COUNT, seed = DEMO_SEED): DemoPlan {
  const r = new Prng(seed);
  const windowStart = anchor - DEMO_WEEKS * 7 * DAY;
  const engineers = people('line2');
  const engineerMix: Weighted<string> = engineers.map((id, i) => [id, [0.47, 0.33, 0.2][i] ?? 0.1] as const);
  const lead = people('lead')[0] ?? '';
  const clientMix: Weighted<Client> = CLIENTS.map((c) => [c, c.weight] as const);
  const issues: IssueFacts[] = [];
  const calls: TimedCall[] = [];
  for (const [index, created] of arrivals(r, windowStart, count).entries()) {
    const tier = r.weighted(PRIORITY_MIX);
    const topic = r.pick(TOPICS.filter((x) => x.tier === tier));
    const client = r.weighted(clientMix);
    const text = topic[client.lang];
    const occurredAt = created - Math.round(tier === 'Critical' ? r.between(2, 10) * MINUTE : Math.min(r.lognormal(40, 1.1), 3 * 24 * 60) * MINUTE);
    const description = incidentDescription(client.lang, {
      report: text.report, clientId: client.id, clientName: client.name, occurredAt, scope: SCOPES[tier][client.lang],
      evidence: [text.evidence], channel: r.pick(CHANNELS[client.lang]),
    });
    issues.push({ description, occurredAt });
    const engineer = r.weighted(engineerMix);
    const summary = tier === 'Critical' || tier === 'High' ? text.summary : `${client.id}: ${text.summary}`;
    const fields = {
      project: { key: 'SUP' },
      issuetype: { name: tier === 'Low' && r.chance(0.8) ? 'Question' : 'Incident' },
      summary,
      description,
      priority: { name: tier },
      labels: [topic.label, `lang-${client.lang}`],
      ...(topic.component ? { components: [{ name: topic.component }] } : {}),
    };
    const progress = (created - windowStart) / (anchor - windowStart);
    let seq = 0;
    planLifecycle(r, {
      created, tier, lang: client.lang, reporter: reporterFor(r, created, client), engineer, lead,
      otherEngineers: engineers.filter((e) => e !== engineer), reopenRate: 0.11 - 0.06 * progress, createFields: fields,
    }, (at, by, call) => {
      const second = Math.round(at / 1000) * 1000; // Jira keeps milliseconds, but people act on whole seconds
      if (second < anchor) calls.push({ at: second, issue: index, seq: seq++, by, call });
    });
  }
  return { issues, calls: calls.sort(byTime) };
}
