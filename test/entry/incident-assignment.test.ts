// Assignment on filing and adoption of create-dialog issues, through the shipped resolvers, the
// `linebridge-incident-created` trigger and the real SDKs: the rule's choice lands as an assignee change in
// the issue's history with its reason in `linebridge.assignment`; an issue created in Jira's own dialog gets
// the incident property from its description and fields; a template mapping a deleted field fails clearly.
import type { LocalHost } from '../../sandbox/host/local-host';
import type { FiledIncidentDto, SettingsSectionDto } from '../../src/shared/contract';
import { DEFAULT_TEMPLATES } from '../../src/domain/model/template/defaults';
import { DEFAULT_GENERAL } from '../../src/domain/model/config/general';
import { jiraRequest, seededUser, startHost } from '../builders/host';
import { callAs, formAnswers, jiraGet, provisionFields } from '../builders/incident-host';

let host: LocalHost;
let resolved: Readonly<Record<string, string>>;
let seq = 0;
const engineers = [seededUser('line2', 0).accountId, seededUser('line2', 1).accountId, seededUser('line2', 2).accountId];
const file = (answers: Record<string, unknown>) =>
  callAs<FiledIncidentDto>(host, 'line1', 'incidents/create', { idempotencyKey: `assign-test-${Date.now()}-${++seq}`, templateId: 'sup-incident-en', projectKey: 'SUP', issueTypeName: 'Incident', answers });

async function saveTemplates(extra: Record<string, unknown>, templates: unknown = DEFAULT_TEMPLATES.templates): Promise<void> {
  const saved = await callAs<SettingsSectionDto>(host, 'admin', 'settings/save', { section: 'templates', value: { templates, ...extra }, expectedVersion: 0 }, 'linebridge-admin');
  if (!saved.ok) throw new Error(JSON.stringify(saved.error));
}

const property = async (key: string, name: string) => (await jiraGet<{ value: Record<string, unknown> }>(host, `/rest/api/3/issue/${key}/properties/${name}`)).value;
const assigneeOf = async (key: string) => (await jiraGet<{ fields: { assignee: { accountId: string } | null } }>(host, `/rest/api/3/issue/${key}?fields=assignee`)).fields.assignee?.accountId ?? null;

beforeEach(async () => {
  host = await startHost();
  resolved = await provisionFields(host);
});
afterEach(async () => {
  await host.close();
});

describe('assignment on filing', () => {
  it('gives a mapped client its engineer, then goes round robin over the team, recording the reason', async () => {
    await saveTemplates({ assignment: { projects: [{ projectKey: 'SUP', strategy: 'roundRobin', team: engineers.slice(0, 2), clientMap: [{ clientId: 'ACME-1', accountId: engineers[2] }] }], away: [] } });
    const mapped = await file(formAnswers({ clientId: 'ACME-1' }));
    const first = await file(formAnswers({ clientId: 'OTHER-1' }));
    const second = await file(formAnswers({ clientId: 'OTHER-2' }));
    const third = await file(formAnswers({ clientId: 'OTHER-3' }));
    if (!mapped.ok || !first.ok || !second.ok || !third.ok) throw new Error('filing failed');
    expect(mapped.value.assignment).toEqual({ accountId: engineers[2], reason: 'clientMapping' });
    expect(await assigneeOf(mapped.value.issueKey)).toBe(engineers[2]);
    const rr = [first, second, third].map((r) => r.value.assignment?.accountId);
    expect(rr).toEqual([engineers[0], engineers[1], engineers[0]]);
    expect(await property(first.value.issueKey, 'linebridge.assignment')).toMatchObject({ accountId: engineers[0], reason: 'roundRobin', detail: 'round robin within the line-2 team' });
    const changelog = await jiraGet<{ values: { items: { field: string; to: string | null }[] }[] }>(host, `/rest/api/3/issue/${first.value.issueKey}/changelog`);
    expect(changelog.values.flatMap((v) => v.items).some((i) => i.field === 'assignee' && i.to === engineers[0])).toBe(true);
  });

  it('skips people marked away today, and the client engineer when away', async () => {
    const today = new Date().toISOString().slice(0, 10);
    await saveTemplates({
      assignment: { projects: [{ projectKey: 'SUP', strategy: 'roundRobin', team: engineers.slice(0, 2), clientMap: [{ clientId: 'ACME-1', accountId: engineers[2] }] }], away: [{ accountId: engineers[2], from: today, to: today }, { accountId: engineers[0], from: '2000-01-01', to: '2999-12-31' }] },
    });
    const filed = await file(formAnswers({ clientId: 'ACME-1' }));
    if (!filed.ok) throw new Error('filing failed');
    expect(filed.value.assignment).toEqual({ accountId: engineers[1], reason: 'roundRobin' });
    expect(await property(filed.value.issueKey, 'linebridge.assignment')).toMatchObject({ skippedAway: [engineers[2], engineers[0]] });
  });

  it('picks the engineer with the fewest open issues of the project', async () => {
    await saveTemplates({ assignment: { projects: [{ projectKey: 'SUP', strategy: 'leastLoaded', team: engineers, clientMap: [] }], away: [] } });
    const a = await file(formAnswers({ clientId: 'L-1' }));
    const b = await file(formAnswers({ clientId: 'L-2' }));
    if (!a.ok || !b.ok) throw new Error('filing failed');
    expect(a.value.assignment?.reason).toBe('leastLoaded');
    expect(b.value.assignment?.accountId).not.toBe(a.value.assignment?.accountId);
  });

  it('refuses a malformed assignment block next to its input', async () => {
    const saved = await callAs<SettingsSectionDto>(host, 'admin', 'settings/save', {
      section: 'templates', value: { templates: DEFAULT_TEMPLATES.templates, assignment: { projects: [{ projectKey: 'SUP', strategy: 'roundRobin', team: ['bad id!'] }], away: [{ accountId: 'x', from: '2026-02-10', to: '2026-02-01' }] } }, expectedVersion: 0,
    }, 'linebridge-admin');
    expect(saved).toMatchObject({ ok: false, error: { fieldErrors: { 'assignment.projects.0.team.0': 'assignment.error.accountId', 'assignment.away.0.to': 'assignment.error.dateOrder' } } });
  });
});

describe('an empty team: the line-2 group of the general settings', () => {
  const groupReads = () => host.jiraExchanges.filter((e) => e.request.path === '/rest/api/3/group/member').length;
  const emptyTeam = { assignment: { projects: [{ projectKey: 'SUP', strategy: 'roundRobin', team: [], clientMap: [] }], away: [] } };

  it('goes round robin over the seeded line-2 engineers by account id, reading the group once', async () => {
    await saveTemplates(emptyTeam);
    const byId = [...engineers].sort();
    const filed = [];
    for (let i = 0; i < 4; i++) {
      const r = await file(formAnswers({ clientId: `G-${i}` }));
      if (!r.ok) throw new Error('filing failed');
      filed.push(r.value);
    }
    expect(filed.map((f) => f.assignment?.accountId)).toEqual([byId[0], byId[1], byId[2], byId[0]]);
    expect(await assigneeOf(filed[1]?.issueKey ?? '')).toBe(byId[1]);
    expect(await property(filed[0]?.issueKey ?? '', 'linebridge.assignment')).toMatchObject({ reason: 'roundRobin', group: 'support-line-2', detail: 'round robin within the line-2 group support-line-2' });
    // Cached for ten minutes: four filings, one read of the group.
    expect(groupReads()).toBe(1);
  });

  it('leaves the issue unassigned with the reason when the group does not exist, and the filing succeeds', async () => {
    const general = await callAs<SettingsSectionDto>(host, 'admin', 'settings/save', { section: 'general', value: { ...DEFAULT_GENERAL, line2Group: 'no-such-group' }, expectedVersion: 0 }, 'linebridge-admin');
    if (!general.ok) throw new Error(JSON.stringify(general.error));
    await saveTemplates(emptyTeam);
    const filed = await file(formAnswers({ clientId: 'G-9' }));
    if (!filed.ok) throw new Error('filing failed');
    expect(filed.value.assignment).toEqual({ accountId: null, reason: 'emptyGroup' });
    expect(await assigneeOf(filed.value.issueKey)).toBeNull();
    expect(await property(filed.value.issueKey, 'linebridge.assignment')).toMatchObject({ accountId: null, reason: 'emptyGroup', detail: 'not assigned: line-2 group no-such-group has no members' });
  });

  it('keeps an explicit team as it is, without reading the group', async () => {
    await saveTemplates({ assignment: { projects: [{ projectKey: 'SUP', strategy: 'roundRobin', team: [engineers[2], engineers[0]], clientMap: [] }], away: [] } });
    const a = await file(formAnswers({ clientId: 'E-1' }));
    const b = await file(formAnswers({ clientId: 'E-2' }));
    if (!a.ok || !b.ok) throw new Error('filing failed');
    expect([a.value.assignment?.accountId, b.value.assignment?.accountId]).toEqual([engineers[2], engineers[0]]);
    expect(groupReads()).toBe(0);
  });

  it('the stand-in serves GET /group/member as documented (pages of at most 50, 400, 404) and GET /user/bulk', async () => {
    const get = (q: string) => host.jira.handle(jiraRequest('GET', `/rest/api/3/group/member?${q}`), { kind: 'app' });
    const first = await get('groupname=support-line-2&includeInactiveUsers=false&maxResults=2');
    const page1 = JSON.parse(first.body) as { isLast: boolean; total: number; nextPage?: string; values: { accountId: string; active: boolean }[] };
    expect(first.status).toBe(200);
    expect(page1).toMatchObject({ isLast: false, total: 3, startAt: 0, maxResults: 2 });
    expect(page1.nextPage).toContain('startAt=2');
    const page2 = JSON.parse((await get('groupname=support-line-2&startAt=2&maxResults=2')).body) as { isLast: boolean; values: { accountId: string }[] };
    expect(page2.isLast).toBe(true);
    expect([...page1.values, ...page2.values].map((u) => u.accountId)).toEqual([...engineers].sort());
    expect((await get('groupname=support-line-2&maxResults=500')).body).toContain('"maxResults":50');
    expect((await get('')).status).toBe(400);
    expect((await get('groupname=no-such-group')).status).toBe(404);
    const bulk = await host.jira.handle(jiraRequest('GET', `/rest/api/3/user/bulk?accountId=${engineers[0]}&accountId=nobody`), { kind: 'user', accountId: seededUser('admin').accountId });
    expect(JSON.parse(bulk.body)).toMatchObject({ total: 1, values: [{ accountId: engineers[0], displayName: seededUser('line2', 0).displayName }] });
    expect((await host.jira.handle(jiraRequest('GET', '/rest/api/3/user/bulk'), { kind: 'app' })).status).toBe(400);
  });
});

describe('issues created in Jira’s own create dialog', () => {
  const createInDialog = async (fields: Record<string, unknown>) => {
    const res = await host.jira.handle(jiraRequest('POST', '/rest/api/3/issue', { fields: { project: { key: 'SUP' }, issuetype: { name: 'Incident' }, ...fields } }), { kind: 'user', accountId: seededUser('line1').accountId });
    if (res.status !== 201) throw new Error(`create answered ${res.status}: ${res.body}`);
    await host.settle();
    return (JSON.parse(res.body) as { key: string }).key;
  };
  const description = {
    type: 'doc', version: 1, content: [
      { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Client report' }] },
      { type: 'paragraph', content: [{ type: 'text', text: 'Checkout is down for everyone.' }] },
      { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Steps or evidence' }] },
      { type: 'paragraph', content: [{ type: 'text', text: 'HTTP 500 on /checkout' }] },
    ],
  };

  it('get the incident property read back from the description and fields, and are assigned', async () => {
    await saveTemplates({ assignment: { projects: [{ projectKey: 'SUP', strategy: 'roundRobin', team: [engineers[1]], clientMap: [] }], away: [] } });
    const key = await createInDialog({ summary: 'Checkout down', description, [resolved.clientId ?? '']: 'ACME-9', [resolved.affectedScope ?? '']: { value: 'All clients' } });
    const adopted = await property(key, 'linebridge.incident');
    expect(adopted).toMatchObject({ templateId: 'sup-incident-en', source: 'createDialog', clientId: 'ACME-9', affectedScope: 'allClients' });
    expect(adopted.answered).toEqual(expect.arrayContaining(['what', 'evidence', 'clientId', 'scope']));
    expect(await assigneeOf(key)).toBe(engineers[1]);
  });

  it('leave issues filed by the form, and other issue types, alone', async () => {
    const filed = await file(formAnswers());
    if (!filed.ok) throw new Error('filing failed');
    await host.settle();
    expect(await property(filed.value.issueKey, 'linebridge.incident')).toMatchObject({ source: 'form' });
    const task = await host.jira.handle(jiraRequest('POST', '/rest/api/3/issue', { fields: { project: { key: 'SUP' }, issuetype: { name: 'Task' }, summary: 'Not an incident' } }), { kind: 'user', accountId: seededUser('line1').accountId });
    await host.settle();
    expect(task.status).toBe(201);
    const taskKey = (JSON.parse(task.body) as { key: string }).key;
    const res = await host.jira.handle(jiraRequest('GET', `/rest/api/3/issue/${taskKey}/properties/linebridge.incident`), { kind: 'app' });
    expect(res.status).toBe(404);
  });
});

describe('a template that maps a deleted Jira field', () => {
  it('fails at filing naming the field and the fix, and creates nothing', async () => {
    const templates = DEFAULT_TEMPLATES.templates.map((t) =>
      t.id !== 'sup-incident-en' ? t : { ...t, mapping: { ...t.mapping, customFields: t.mapping.customFields.map((m) => (m.fieldId === 'clientId' ? { ...m, target: { kind: 'jira', fieldId: 'customfield_99999' } } : m)) } },
    );
    await saveTemplates({}, templates);
    const creates = () => host.jiraExchanges.filter((e) => e.request.method === 'POST' && e.request.path === '/rest/api/3/issue' && e.response.status === 201).length;
    const before = creates();
    const result = await file(formAnswers());
    expect(result).toMatchObject({ ok: false, error: { code: 'CONFIG_MISSING', messageKey: 'incident.error.fieldDeleted', params: { field: 'Client ID', fieldId: 'customfield_99999' } } });
    expect(creates()).toBe(before);
    const check = await callAs<{ errors: Record<string, string> }>(host, 'admin', 'templates/check', {}, 'linebridge-admin');
    expect(check).toMatchObject({ ok: true, value: { errors: { 'templates.0.mapping.customFields.1.target': 'template.error.deletedJiraField' } } });
  });
});
