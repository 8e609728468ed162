// Configuration and catalogue reads on the Jira stand-in: custom fields (numbering, contexts, options,
// values), screens, statuses and categories, priorities, projects, createmeta, UI modifications, the
// workflow view, and the base seed (deterministic, seeded once).
import { SqliteDb } from '../../sandbox/db/sqlite';
import { JiraStandIn } from '../../sandbox/jira/jira-stand-in';
import { SEED_USERS } from '../../sandbox/jira/seed-base';
import { ANNA, APP, BASE_URL, GUSTAV, arr, createIssue, makeJira, obj } from './jira-harness';

const TYPE = 'com.atlassian.jira.plugin.system.customfieldtypes:';

describe('Jira stand-in: configuration and catalogue', () => {
  it('numbers custom fields from customfield_10000 and resolves select options by value', async () => {
    const h = await makeJira();
    const a = obj((await h.call(APP, 'POST', '/rest/api/3/field', { name: 'Error occurred at', type: `${TYPE}datetime` })).body);
    const b = obj((await h.call(APP, 'POST', '/rest/api/3/field', { name: 'Affected scope', type: `${TYPE}select`, searcherKey: `${TYPE}multiselectsearcher` })).body);
    expect([a.id, b.id]).toEqual(['customfield_10000', 'customfield_10001']);
    expect(b).toMatchObject({ custom: true, clauseNames: ['cf[10001]', 'Affected scope'], schema: { type: 'option', custom: `${TYPE}select`, customId: 10001 } });
    expect((await h.call(ANNA, 'POST', '/rest/api/3/field', { name: 'x', type: `${TYPE}textfield` })).status).toBe(403);
    expect(obj((await h.call(APP, 'POST', '/rest/api/3/field', { name: 'x', type: `${TYPE}nope` })).body).errors).toHaveProperty('type');
    const ctx = obj(arr(obj((await h.call(APP, 'GET', '/rest/api/3/field/customfield_10001/context')).body).values)[0]);
    expect(ctx).toMatchObject({ isGlobalContext: true, isAnyIssueType: true });
    const opts = obj((await h.call(APP, 'POST', `/rest/api/3/field/customfield_10001/context/${String(ctx.id)}/option`, { options: [{ value: 'One client' }, { value: 'All clients' }] })).body);
    expect(arr(opts.options).map((o) => obj(o).value)).toEqual(['One client', 'All clients']);
    for (const id of ['customfield_10000', 'customfield_10001']) await h.call(APP, 'POST', `/rest/api/3/screens/addToDefault/${id}`);
    const { key } = await createIssue(h, ANNA, { customfield_10000: '2026-01-17T09:40:00.000+0300', customfield_10001: { value: 'All clients' } });
    const fields = obj(obj((await h.call(ANNA, 'GET', `/rest/api/3/issue/${key}?fields=customfield_10000,customfield_10001`)).body).fields);
    expect(fields.customfield_10000).toBe('2026-01-17T06:40:00.000+0000');
    expect(obj(fields.customfield_10001)).toMatchObject({ value: 'All clients' });
    const wrong = await h.call(ANNA, 'PUT', `/rest/api/3/issue/${key}`, { fields: { customfield_10001: { value: 'Nobody' } } });
    expect(obj(wrong.body).errors).toEqual({ customfield_10001: "Option value 'Nobody' is not valid" });
    await h.call(ANNA, 'PUT', `/rest/api/3/issue/${key}`, { fields: { customfield_10001: { value: 'One client' } } });
    const items = arr(obj(arr(obj((await h.call(ANNA, 'GET', `/rest/api/3/issue/${key}/changelog`)).body).values)[0]).items);
    expect(obj(items[0])).toMatchObject({ field: 'Affected scope', fieldtype: 'custom', fieldId: 'customfield_10001', fromString: 'All clients', toString: 'One client' });
  });

  it('creates screens and tabs and adds fields to them', async () => {
    const h = await makeJira();
    const screen = obj((await h.call(GUSTAV, 'POST', '/rest/api/3/screens', { name: 'Reopen', description: 'reason' })).body);
    expect((await h.call(GUSTAV, 'POST', '/rest/api/3/screens', { name: 'Reopen' })).status).toBe(400);
    const tabs = arr((await h.call(GUSTAV, 'GET', `/rest/api/3/screens/${String(screen.id)}/tabs`)).body);
    const tabId = String(obj(tabs[0]).id);
    const added = await h.call(GUSTAV, 'POST', `/rest/api/3/screens/${String(screen.id)}/tabs/${tabId}/fields`, { fieldId: 'labels' });
    expect(added.body).toEqual({ id: 'labels', name: 'Labels' });
    expect((await h.call(GUSTAV, 'POST', `/rest/api/3/screens/${String(screen.id)}/tabs/${tabId}/fields`, { fieldId: 'labels' })).status).toBe(400);
    expect((await h.call(ANNA, 'POST', '/rest/api/3/screens', { name: 'Mine' })).status).toBe(403);
  });

  it('serves statuses, Jira status categories and priorities', async () => {
    const h = await makeJira();
    const cats = arr((await h.call(ANNA, 'GET', '/rest/api/3/statuscategory')).body).map(obj);
    expect(cats.map((c) => [c.id, c.key, c.colorName])).toEqual([[1, 'undefined', 'medium-gray'], [2, 'new', 'blue-gray'], [4, 'indeterminate', 'yellow'], [3, 'done', 'green']]);
    const statuses = arr((await h.call(ANNA, 'GET', '/rest/api/3/status')).body).map(obj);
    expect(statuses.map((s) => `${String(s.name)}:${String(obj(s.statusCategory).key)}`)).toEqual([
      'New:new', 'Open:new', 'In Progress:indeterminate', 'Waiting for customer:indeterminate', 'Resolved:done', 'Closed:done',
    ]);
    const priorities = arr((await h.call(ANNA, 'GET', '/rest/api/3/priority')).body).map(obj);
    expect(priorities.map((p) => `${String(p.id)}:${String(p.name)}`)).toEqual(['1:Critical', '2:High', '3:Medium', '4:Low']);
    expect(String(priorities[0]?.iconUrl)).toBe(`${BASE_URL}/images/icons/priorities/critical.svg`);
  });

  it('describes the SUP project, its create screen and the issue types', async () => {
    const h = await makeJira();
    const project = obj((await h.call(ANNA, 'GET', '/rest/api/3/project/SUP')).body);
    expect(project).toMatchObject({ id: '10000', key: 'SUP', name: 'Support', simplified: false, style: 'classic' });
    expect(obj(project.lead).displayName).toBe('Farah Haddad');
    expect(arr(project.issueTypes).map((t) => obj(t).name)).toEqual(['Incident', 'Task', 'Question']);
    const page = obj((await h.call(ANNA, 'GET', '/rest/api/3/project/search')).body);
    expect(page).toMatchObject({ total: 1, isLast: true });
    const meta = obj((await h.call(ANNA, 'GET', '/rest/api/3/issue/createmeta/SUP/issuetypes/10001')).body);
    const summary = arr(meta.fields).map(obj).find((f) => f.fieldId === 'summary');
    expect(summary).toMatchObject({ required: true, name: 'Summary' });
  });

  it('stores UI modifications the app registers and refuses users', async () => {
    const h = await makeJira();
    const created = obj((await h.call(APP, 'POST', '/rest/api/3/uiModifications', {
      name: 'Incident template', data: '{"v":1}', contexts: [{ projectId: '10000', issueTypeId: '10001', viewType: 'GIC' }],
    })).body);
    expect(created).toEqual({ id: '10000', self: `${BASE_URL}/rest/api/3/uiModifications/10000` });
    expect((await h.call(APP, 'PUT', '/rest/api/3/uiModifications/10000', { data: '{"v":2}' })).status).toBe(204);
    const list = obj((await h.call(APP, 'GET', '/rest/api/3/uiModifications?expand=data,contexts')).body);
    expect(obj(arr(list.values)[0])).toMatchObject({ name: 'Incident template', data: '{"v":2}', contexts: [expect.objectContaining({ viewType: 'GIC', isAvailable: true })] });
    expect((await h.call(APP, 'POST', '/rest/api/3/uiModifications', { name: 'x', contexts: [{ projectId: '999' }] })).status).toBe(404);
    expect((await h.call(ANNA, 'GET', '/rest/api/3/uiModifications')).status).toBe(403);
    expect((await h.call(APP, 'DELETE', '/rest/api/3/uiModifications/10000')).status).toBe(204);
    expect((await h.call(APP, 'DELETE', '/rest/api/3/uiModifications/10000')).status).toBe(404);
  });

  it('shows configured Forge validators in the workflow view', async () => {
    const h = await makeJira();
    h.jira.setTransitionValidators('SUP', '11', [{ moduleKey: 'required-fields', config: { fields: ['description'] } }]);
    const res = obj((await h.call(GUSTAV, 'GET', '/rest/api/3/workflows/search?expand=values.transitions')).body);
    const open = arr(obj(arr(res.values)[0]).transitions).map(obj).find((t) => t.id === '11');
    const validators = arr(open?.validators).map(obj);
    expect(validators).toHaveLength(1);
    expect(validators[0]?.ruleKey).toBe('forge:expression-validator');
    expect(obj(validators[0]?.parameters).config).toBe('{"fields":["description"]}');
  });

  it('seeds the base site once, with the documented people and three issues', async () => {
    const db = await SqliteDb.open(null);
    const make = (): JiraStandIn => new JiraStandIn({ db, now: () => Date.parse('2026-01-17T12:00:00Z'), baseUrl: BASE_URL, onEvent: () => undefined });
    make();
    make();
    expect(db.get('SELECT count(*) AS n FROM jira_issues')?.n).toBe(3);
    expect(db.get('SELECT count(*) AS n FROM jira_projects')?.n).toBe(1);
    expect(SEED_USERS.map((u) => `${u.displayName}:${u.role}`)).toEqual([
      'Anna Petrova:line1', 'Ben Ortiz:line1', 'Chen Wei:line2', 'Dmitri Sokolov:line2', 'Eva Novak:line2', 'Farah Haddad:lead', 'Gustav Berg:admin',
    ]);
    expect(SEED_USERS.every((u) => /^[0-9a-z]{24}$/.test(u.accountId) && u.email.endsWith('@linebridge.example'))).toBe(true);
    expect(SEED_USERS.some((u) => u.locale === 'ru_RU')).toBe(true);
  });
});
