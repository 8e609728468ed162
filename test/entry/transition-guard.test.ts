// The transition guard end to end through the LocalHost and the real SDKs: an admin provisions the fields
// and the transition screens, the validator's config screen fetches the generated config, Jira stores it on
// the transition; then every REST transition (one issue, several issues in a row) is refused with the same
// message while fields are missing and passes once they are filled; a reopen without a reason and a comment is refused.
import type { LocalHost } from '../../sandbox/host/local-host';
import type { GuardValidatorConfigDto, ProvisionReportDto, Result } from '../../src/shared/contract';
import { jiraRequest, seededUser, startHost } from '../builders/host';
import { callAs } from '../builders/incident-host';

const GUARD = 'linebridge-transition-guard';
let host: LocalHost;
let fields: Readonly<Record<string, string>>;

async function adminCall<T>(functionKey: string, payload: unknown, moduleKey = 'linebridge-admin'): Promise<Result<T>> {
  return callAs<T>(host, 'admin', functionKey, payload, moduleKey);
}

async function configFor(ruleId: string): Promise<GuardValidatorConfigDto> {
  const result = await adminCall<{ config: GuardValidatorConfigDto }>('guard/validator-config', { ruleId });
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value.config;
}

async function asUser(role: 'line2' | 'line1', method: string, path: string, body?: unknown, index = 0): Promise<{ status: number; body: string }> {
  return host.jira.handle(jiraRequest(method, path, body), { kind: 'user', accountId: seededUser(role, index).accountId });
}

async function newIncident(extra: Record<string, unknown> = {}): Promise<string> {
  const res = await asUser('line1', 'POST', '/rest/api/3/issue', { fields: { project: { key: 'SUP' }, issuetype: { name: 'Incident' }, summary: 'Checkout down', ...extra } });
  if (res.status !== 201) throw new Error(res.body);
  return (JSON.parse(res.body) as { key: string }).key;
}

const adf = (text: string) => ({ type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });
const transition = (key: string, id: string, fieldValues: Record<string, unknown> = {}, index = 0) =>
  asUser('line2', 'POST', `/rest/api/3/issue/${key}/transitions`, { transition: { id }, fields: fieldValues }, index);
const errorOf = (res: { body: string }) => (JSON.parse(res.body) as { errorMessages: string[] }).errorMessages[0];

beforeAll(async () => {
  host = await startHost();
  const provisioned = await adminCall<ProvisionReportDto>('templates/provision', {});
  if (!provisioned.ok) throw new Error(JSON.stringify(provisioned.error));
  fields = provisioned.value.resolved;
  const screens = await adminCall<ProvisionReportDto>('guard/provision-screens', {});
  if (!screens.ok || !screens.value.ok) throw new Error(JSON.stringify(screens));
  host.jira.setTransitionValidators('SUP', '11', [{ moduleKey: GUARD, config: await configFor('sup-open') }]);
  host.jira.setTransitionValidators('SUP', '71', [{ moduleKey: GUARD, config: await configFor('sup-reopen') }]);
});
afterAll(async () => {
  await host.close();
});

describe('moving an incident to Open', () => {
  it('is refused over REST with the message naming the missing fields, in the engineer’s language', async () => {
    const key = await newIncident();
    const refused = await transition(key, '11');
    expect(refused.status).toBe(400);
    expect(errorOf(refused)).toBe('Before the incident moves to Open, fill in: Error occurred at, Description');
    const ru = await transition(key, '11', {}, 1); // Dmitri Sokolov, ru_RU
    expect(errorOf(ru)).toBe('Чтобы перевести инцидент в Open, заполните: Время возникновения ошибки, Описание');
  });

  it('names only the field still missing, then passes once it is filled on the screen', async () => {
    const key = await newIncident();
    const occurredAt = { [fields.errorOccurredAt ?? '']: '2026-01-15T09:00:00.000+0000' };
    expect(errorOf(await transition(key, '11', occurredAt))).toBe('Before the incident moves to Open, fill in: Description');
    expect((await transition(key, '11', { ...occurredAt, description: adf('Checkout answers 500') })).status).toBe(204);
  });

  it('refuses every issue of a bulk move with the same message, and passes each once filled', async () => {
    const keys = [await newIncident(), await newIncident(), await newIncident()];
    const refused = await Promise.all(keys.map((k) => transition(k, '11')));
    expect(refused.map((r) => [r.status, errorOf(r)])).toEqual(keys.map(() => [400, 'Before the incident moves to Open, fill in: Error occurred at, Description']));
    const filled = { [fields.errorOccurredAt ?? '']: '2026-01-15T09:00:00.000+0000', description: adf('Checkout answers 500') };
    expect((await Promise.all(keys.map((k) => transition(k, '11', filled)))).map((r) => r.status)).toEqual([204, 204, 204]);
  });

  it('fails closed with the module message when the rule config carries no expression', async () => {
    host.jira.setTransitionValidators('SUP', '11', [{ moduleKey: GUARD, config: {} }]);
    const key = await newIncident({ description: adf('x') });
    const res = await transition(key, '11', { [fields.errorOccurredAt ?? '']: '2026-01-15T09:00:00.000+0000' });
    expect(res.status).toBe(400);
    expect(errorOf(res)).toMatch(/^LineBridge could not check the required fields/);
    host.jira.setTransitionValidators('SUP', '11', [{ moduleKey: GUARD, config: await configFor('sup-open') }]);
  });
});

describe('reopening', () => {
  const withComment = (key: string, fieldValues: Record<string, unknown>, comment?: string) =>
    asUser('line2', 'POST', `/rest/api/3/issue/${key}/transitions`, { transition: { id: '71' }, fields: fieldValues, ...(comment !== undefined ? { update: { comment: [{ add: { body: adf(comment) } }] } } : {}) });

  it('is refused without a reopen reason and a comment, names what is still missing, and passes with both', async () => {
    const key = await newIncident({ description: adf('Checkout answers 500'), [fields.errorOccurredAt ?? '']: '2026-01-15T09:00:00.000+0000' });
    for (const id of ['11', '21', '51']) expect((await transition(key, id)).status).toBe(204);
    const refused = await transition(key, '71');
    expect(refused.status).toBe(400);
    expect(errorOf(refused)).toBe('A reopen needs a reason. Fill in: Reopen reason, Comment');
    const reason = { [fields.reopenReason ?? '']: { value: 'Not fixed' } };
    expect(errorOf(await withComment(key, reason))).toBe('A reopen needs a reason. Fill in: Comment');
    expect(errorOf(await withComment(key, {}, 'Still answers 500 after the fix'))).toBe('A reopen needs a reason. Fill in: Reopen reason');
    const commentsBefore = await asUser('line2', 'GET', `/rest/api/3/issue/${key}/comment`);
    expect((JSON.parse(commentsBefore.body) as { total: number }).total).toBe(0); // a refused transition adds no comment
    expect((await withComment(key, reason, 'Still answers 500 after the fix')).status).toBe(204);
    const comments = JSON.parse((await asUser('line2', 'GET', `/rest/api/3/issue/${key}/comment`)).body) as { comments: { body: unknown }[] };
    expect(comments.comments.map((c) => JSON.stringify(c.body))).toEqual([JSON.stringify(adf('Still answers 500 after the fix'))]);
  });
});

describe('admin side', () => {
  it('refuses the validator config to a non-admin', async () => {
    expect(await callAs(host, 'line2', 'guard/validator-config', { ruleId: 'sup-open' }, 'linebridge-admin')).toMatchObject({ ok: false, error: { code: 'PERMISSION' } });
  });

  it('reports the screen provisioning as done on a second run, with no new writes', async () => {
    const writes = host.jiraExchanges.filter((e) => e.request.method !== 'GET' && e.request.path.includes('/screens/')).length;
    const again = await adminCall<ProvisionReportDto>('guard/provision-screens', {});
    expect(again.ok && again.value.steps.filter((s) => s.kind === 'screen').map((s) => s.outcome)).toEqual(['exists']);
    expect(host.jiraExchanges.filter((e) => e.request.method !== 'GET' && e.request.path.includes('/screens/')).length).toBe(writes);
  });

  it('lists each rule with its transitions and expression size', async () => {
    const overview = await adminCall<{ rules: { ruleId: string; transitions: { id: string }[]; problems: unknown[]; teamManaged: boolean }[] }>('guard/overview', {});
    if (!overview.ok) throw new Error(JSON.stringify(overview.error));
    expect(overview.value.rules.map((r) => [r.ruleId, r.transitions.map((t) => t.id), r.problems.length, r.teamManaged])).toEqual([
      ['sup-open', ['11'], 0, false], ['sup-reopen', ['71'], 0, false], ['sup-reopen-progress', ['81'], 0, false],
    ]);
  });
});
