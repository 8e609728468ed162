// Auto-close of silent requests through the local Forge host, with time fast-forwarded: one public
// reminder after the configured silence, the close (with the resolution and a closing note) after more
// silence, a client reply or leaving the waiting status cancels, and a transition Jira refuses loses
// nothing: the issue stays where it was, the failure is logged and kept on the issue's record.
import type { LocalHost } from '../../sandbox/host/local-host';
import { CALENDAR_24_7 } from '../../src/domain/model/sla/calendar';
import { DEFAULT_SLA_DEFINITIONS } from '../../src/domain/model/sla/defaults';
import { DEFAULT_AUTO_CLOSE, type AutoCloseSettings } from '../../src/domain/model/sla/auto-close';
import type { AutoCloseRecord } from '../../src/domain/use-cases/sla/auto-close';
import { jiraRequest, seededUser, startHost } from '../builders/host';
import { MINUTE, advance, drain, fileIncident, saveSection, storedEntries, transition } from '../builders/sla-host';

let host: LocalHost;
let warnings: string[];

const autoClose = (over: Partial<AutoCloseSettings> = {}): AutoCloseSettings => ({
  ...DEFAULT_AUTO_CLOSE,
  enabled: true,
  remindAfter: { amount: 1, unit: 'hours' },
  closeAfter: { amount: 2, unit: 'hours' },
  closeVia: ['In Progress', 'Resolved'],
  resolution: "Won't Do",
  reminderText: { en: 'Any news? We are waiting for your reply.', ru: 'Есть новости? Ждём вашего ответа.' },
  closingText: { en: 'No response: closed automatically.', ru: 'Нет ответа: закрыто автоматически.' },
  ...over,
});

async function configure(over: Partial<AutoCloseSettings> = {}, expectedVersion = 0): Promise<void> {
  const saved = await saveSection(host, 'sla', { definitions: DEFAULT_SLA_DEFINITIONS, calendar: CALENDAR_24_7, autoClose: autoClose(over) }, expectedVersion);
  expect(saved).toMatchObject({ ok: true });
  await drain(host);
}

beforeEach(async () => {
  host = await startHost();
  warnings = [];
  jest.spyOn(console, 'warn').mockImplementation((line: unknown) => void warnings.push(String(line)));
  jest.spyOn(console, 'log').mockImplementation(() => undefined);
});
afterEach(async () => {
  jest.restoreAllMocks();
  await host.close();
});

type IssueJson = { fields: { status: { name: string }; resolution: { name: string } | null; comment: { comments: Array<{ author: { accountType?: string; accountId: string }; body: unknown }> } } };

async function issue(key: string): Promise<IssueJson> {
  const res = await host.jira.handle(jiraRequest('GET', `/rest/api/3/issue/${key}?fields=status,resolution,comment`), { kind: 'app' });
  return JSON.parse(res.body) as IssueJson;
}

const texts = (i: IssueJson): string[] => i.fields.comment.comments.map((c) => JSON.stringify(c.body));
const reminders = async (key: string): Promise<number> => texts(await issue(key)).filter((t) => t.includes('Any news?')).length;

async function commentAs(key: string, accountId: string, text: string): Promise<void> {
  const body = { body: { type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] } };
  const res = await host.jira.handle(jiraRequest('POST', `/rest/api/3/issue/${key}/comment`, body), { kind: 'user', accountId });
  expect(res.status).toBe(201);
}

/** An incident moved to Waiting for customer by line 2. */
async function waitingIncident(): Promise<string> {
  const key = await fileIncident(host, 'High');
  await transition(host, key, '11', 'line1');
  await transition(host, key, '31', 'line2');
  await drain(host);
  return key;
}

async function record(key: string): Promise<AutoCloseRecord | undefined> {
  return (await storedEntries<AutoCloseRecord>(host, `sla-autoclose:${key}`)).find((e) => e.key === `sla-autoclose:${key}`)?.value;
}

describe('auto-close of silent requests', () => {
  it('reminds the client once after the silence, then closes with the resolution and a note', async () => {
    await configure();
    const key = await waitingIncident();
    await advance(host, 59 * MINUTE);
    expect(await reminders(key)).toBe(0);
    await advance(host, 2 * MINUTE);
    expect(await reminders(key)).toBe(1);

    // the safety net and a redelivered product event never post a second reminder
    await host.scheduler.fire('sla-sweep');
    await drain(host);
    await advance(host, 60 * MINUTE, 30_000, async () => {
      await host.scheduler.fire('sla-sweep');
      return false;
    });
    expect(await reminders(key)).toBe(1);
    expect((await issue(key)).fields.status.name).toBe('Waiting for customer');

    await advance(host, 61 * MINUTE);
    const closed = await issue(key);
    expect(closed.fields.status.name).toBe('Resolved');
    expect(closed.fields.resolution?.name).toBe("Won't Do");
    expect(texts(closed).filter((t) => t.includes('No response: closed automatically.'))).toHaveLength(1);
    expect(await reminders(key)).toBe(1);
    expect(await record(key)).toMatchObject({ closedAt: expect.any(Number) as unknown, failure: null });
    // The panel counts the resolution at once (the app's own transition never reaches the facts trigger).
    const facts = await host.jira.handle(jiraRequest('GET', `/rest/api/3/issue/${key}/properties/linebridge-facts`), { kind: 'app' });
    expect((JSON.parse(facts.body) as { value: { firstContactResolved: string } }).value.firstContactResolved).toBe('yes');
    expect(host.queues.deadLetters).toEqual([]);
  }, 90_000);

  it('is cancelled by a client reply while waiting, and starts again when the team asks again', async () => {
    await configure();
    const key = await waitingIncident();
    await advance(host, 30 * MINUTE);
    await commentAs(key, seededUser('lead').accountId, 'Here are the logs you asked for.'); // not an agent: a client reply
    await advance(host, 150 * MINUTE);
    expect(await reminders(key)).toBe(0);
    expect((await issue(key)).fields.status.name).toBe('Waiting for customer');
    expect((await record(key))?.status).toMatchObject({ kind: 'answered' });

    await commentAs(key, seededUser('line2').accountId, 'Thanks. One more thing: which browser?'); // the team asks again
    await advance(host, 61 * MINUTE);
    expect(await reminders(key)).toBe(1);
  }, 90_000);

  it('is cancelled when the issue leaves the waiting status', async () => {
    await configure();
    const key = await waitingIncident();
    await advance(host, 30 * MINUTE);
    await transition(host, key, '41', 'line2');
    await advance(host, 200 * MINUTE);
    expect(await reminders(key)).toBe(0);
    expect((await issue(key)).fields.status.name).toBe('In Progress');
    expect((await record(key))?.status).toEqual({ kind: 'notWaiting' });
  }, 90_000);

  it('keeps the issue and records the failure when no transition leads to the target status', async () => {
    await configure({ closeVia: ['Closed'] }); // the demo workflow has no Waiting for customer → Closed
    const key = await waitingIncident();
    await advance(host, 182 * MINUTE);
    expect(await reminders(key)).toBe(1);
    expect((await issue(key)).fields.status.name).toBe('Waiting for customer');
    expect(await record(key)).toMatchObject({ closedAt: null, failure: { step: 'close', code: 'missingTransition', status: 'Closed' } });
    expect(warnings.some((w) => w.includes('auto-close step failed') && w.includes(key))).toBe(true);

    // fixed settings: the retry an hour later closes it (no second reminder)
    await configure({ closeVia: ['Resolved'] }, 1);
    await advance(host, 62 * MINUTE, 30_000, async () => {
      await host.scheduler.fire('sla-sweep');
      return false;
    });
    expect((await issue(key)).fields.status.name).toBe('Resolved');
    expect(await reminders(key)).toBe(1);
  }, 120_000);

  it('keeps the record of a transition Jira refuses (an unknown resolution)', async () => {
    await configure({ resolution: 'No such resolution' });
    const key = await waitingIncident();
    await advance(host, 182 * MINUTE);
    const stored = await record(key);
    expect(stored).toMatchObject({ closedAt: null, failure: { step: 'close', code: 'refused', status: 'Resolved' } });
    expect(stored?.failure?.detail).not.toBe('');
    expect(host.queues.deadLetters).toEqual([]);
  }, 90_000);
});
