// Issue CRUD on the Jira stand-in: create → get → edit → delete with Jira's shapes, limits and messages,
// the change history each edit records, and the Forge product events it emits.
import { ADF_ERROR } from '../../sandbox/jira/adf';
import { ANNA, APP, CHEN, GUSTAV, adf, arr, createIssue, makeJira, obj } from './jira-harness';

describe('Jira stand-in: issues', () => {
  it('creates an issue with the next key and returns id, key and self', async () => {
    const h = await makeJira();
    const res = await h.call(ANNA, 'POST', '/rest/api/3/issue', {
      fields: { project: { key: 'SUP' }, issuetype: { name: 'Incident' }, summary: 'Checkout fails', description: adf('Since 9:40'), labels: ['telegram'] },
    });
    expect(res.status).toBe(201);
    expect(res.body).toEqual({ id: '10003', key: 'SUP-4', self: 'http://localhost:8080/rest/api/3/issue/10003' });
    const got = obj((await h.call(ANNA, 'GET', '/rest/api/3/issue/SUP-4')).body);
    const fields = obj(got.fields);
    expect(fields.summary).toBe('Checkout fails');
    expect(obj(fields.status).name).toBe('New');
    expect(obj(fields.priority).name).toBe('Medium');
    expect(obj(fields.reporter).accountId).toBe(ANNA.accountId);
    expect(fields.created).toBe('2026-01-17T12:34:00.000+0000');
    expect(fields.labels).toEqual(['telegram']);
    expect(fields.resolution).toBeNull();
  });

  it('rejects a summary over 255 characters and a description over 32,767 like Jira', async () => {
    const h = await makeJira();
    const base = { project: { key: 'SUP' }, issuetype: { id: '10001' } };
    const long = await h.call(ANNA, 'POST', '/rest/api/3/issue', { fields: { ...base, summary: 'x'.repeat(256) } });
    expect(long.status).toBe(400);
    expect(long.body).toEqual({ errorMessages: [], errors: { summary: 'Summary must be less than 255 characters.' } });
    const big = await h.call(ANNA, 'POST', '/rest/api/3/issue', { fields: { ...base, summary: 'ok', description: adf('y'.repeat(32768)) } });
    expect(big.status).toBe(400);
    expect(obj(obj(big.body).errors).description).toBe('The entered text is too long. It exceeds the allowed limit of 32,767 characters.');
    const ok = await h.call(ANNA, 'POST', '/rest/api/3/issue', { fields: { ...base, summary: 'x'.repeat(255) } });
    expect(ok.status).toBe(201);
  });

  it('collects every field error of a create at once', async () => {
    const h = await makeJira();
    const res = await h.call(ANNA, 'POST', '/rest/api/3/issue', { fields: { project: { key: 'NOPE' } } });
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ errorMessages: [], errors: { project: 'valid project is required', issuetype: 'Specify an issue type' } });
    const missingSummary = await h.call(ANNA, 'POST', '/rest/api/3/issue', { fields: { project: { id: '10000' }, issuetype: { id: '10002' }, description: 'plain' } });
    expect(obj(missingSummary.body).errors).toEqual({ description: ADF_ERROR, summary: 'You must specify a summary of the issue.' });
  });

  it('refuses fields that are not on the create screen, then accepts them once added', async () => {
    const h = await makeJira();
    const f = obj((await h.call(APP, 'POST', '/rest/api/3/field', { name: 'Client ID', type: 'com.atlassian.jira.plugin.system.customfieldtypes:textfield' })).body);
    const id = String(f.id);
    expect(id).toBe('customfield_10000');
    const refused = await h.call(ANNA, 'POST', '/rest/api/3/issue', { fields: { project: { key: 'SUP' }, issuetype: { id: '10001' }, summary: 's', [id]: 'C-1' } });
    expect(obj(refused.body).errors).toEqual({ [id]: `Field '${id}' cannot be set. It is not on the appropriate screen, or unknown.` });
    expect((await h.call(APP, 'POST', `/rest/api/3/screens/addToDefault/${id}`)).status).toBe(200);
    const { key } = await createIssue(h, ANNA, { [id]: 'C-1' });
    expect(obj(obj((await h.call(ANNA, 'GET', `/rest/api/3/issue/${key}?fields=${id}`)).body).fields)).toEqual({ [id]: 'C-1' });
  });

  it('honours fields and expand on GET', async () => {
    const h = await makeJira();
    const only = obj((await h.call(ANNA, 'GET', '/rest/api/3/issue/SUP-1?fields=summary,status')).body);
    expect(Object.keys(obj(only.fields)).sort()).toEqual(['status', 'summary']);
    const minus = obj(obj((await h.call(ANNA, 'GET', '/rest/api/3/issue/SUP-1?fields=*all,-description,-comment')).body).fields);
    expect(minus).not.toHaveProperty('description');
    expect(minus).toHaveProperty('summary');
    const expanded = obj((await h.call(ANNA, 'GET', '/rest/api/3/issue/SUP-1?fields=description&expand=renderedFields,names')).body);
    expect(obj(expanded.renderedFields).description).toBe('<p>Every client sees a 502 on the payment page since 09:40.</p>');
    expect(expanded.names).toEqual({ description: 'Description' });
  });

  it('returns only the newest 100 histories with expand=changelog', async () => {
    const h = await makeJira();
    const { key } = await createIssue(h, CHEN);
    for (let i = 1; i <= 105; i++) {
      h.advance(1000);
      expect((await h.call(CHEN, 'PUT', `/rest/api/3/issue/${key}`, { fields: { summary: `Edit ${i}` } })).status).toBe(204);
    }
    const changelog = obj(obj((await h.call(CHEN, 'GET', `/rest/api/3/issue/${key}?expand=changelog&fields=summary`)).body).changelog);
    expect(changelog.total).toBe(105);
    const histories = arr(changelog.histories);
    expect(histories).toHaveLength(100);
    expect(obj(arr(obj(histories[0]).items)[0]).toString).toBe('Edit 105');
    expect(obj(arr(obj(histories[99]).items)[0]).toString).toBe('Edit 6');
  });

  it('records Jira-shaped change items and emits updated and assigned events on edit', async () => {
    const h = await makeJira();
    const { key } = await createIssue(h, ANNA);
    h.events.length = 0;
    h.advance(60_000);
    const res = await h.call(CHEN, 'PUT', `/rest/api/3/issue/${key}`, {
      fields: { priority: { id: '1' }, assignee: { accountId: CHEN.accountId } }, update: { labels: [{ add: 'vip' }], components: [{ add: { name: 'Billing' } }] },
    });
    expect(res.status).toBe(204);
    const page = obj((await h.call(CHEN, 'GET', `/rest/api/3/issue/${key}/changelog`)).body);
    const history = obj(arr(page.values)[0]);
    expect(obj(history.author).accountId).toBe(CHEN.accountId);
    expect(history.created).toBe('2026-01-17T12:35:00.000+0000');
    expect(history.items).toEqual([
      { field: 'priority', fieldtype: 'jira', fieldId: 'priority', from: '3', fromString: 'Medium', to: '1', toString: 'Critical' },
      { field: 'assignee', fieldtype: 'jira', fieldId: 'assignee', from: null, fromString: null, to: CHEN.accountId, toString: 'Chen Wei' },
      { field: 'labels', fieldtype: 'jira', fieldId: 'labels', from: null, fromString: null, to: null, toString: 'vip' },
      { field: 'Component', fieldtype: 'jira', fieldId: 'components', from: null, fromString: null, to: '10000', toString: 'Billing' },
    ]);
    expect(h.events.map((e) => e.eventType)).toEqual(['avi:jira:updated:issue', 'avi:jira:assigned:issue']);
    const updated = h.events[0];
    expect(updated?.causedByApp).toBe(false);
    expect(updated?.payload.atlassianId).toBe(CHEN.accountId);
    expect(obj(updated?.payload.changelog).items).toHaveLength(4);
    expect(updated?.payload).not.toHaveProperty('associatedStatuses');
    expect(obj(obj(updated?.payload.issue).fields).assignee).toEqual({ accountId: CHEN.accountId });
  });

  it('marks events caused by the app actor', async () => {
    const h = await makeJira();
    await createIssue(h, APP);
    expect(h.events).toHaveLength(1);
    expect(h.events[0]?.eventType).toBe('avi:jira:created:issue');
    expect(h.events[0]?.causedByApp).toBe(true);
    expect(obj(h.events[0]?.payload.issue).key).toBe('SUP-4');
  });

  it('deletes an issue (admins only) and then answers 404', async () => {
    const h = await makeJira();
    const { key } = await createIssue(h, ANNA);
    expect((await h.call(ANNA, 'DELETE', `/rest/api/3/issue/${key}`)).status).toBe(403);
    expect((await h.call(GUSTAV, 'DELETE', `/rest/api/3/issue/${key}`)).status).toBe(204);
    expect(h.events.at(-1)?.eventType).toBe('avi:jira:deleted:issue');
    const gone = await h.call(ANNA, 'GET', `/rest/api/3/issue/${key}`);
    expect(gone.status).toBe(404);
    expect(gone.body).toEqual({ errorMessages: ['Issue does not exist or you do not have permission to see it.'], errors: {} });
  });
});
