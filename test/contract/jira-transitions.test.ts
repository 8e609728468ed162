// Transitions on the Jira stand-in: available transitions and their screens, required screen fields (400
// with errors[fieldId]), resolution bookkeeping, and Forge workflow validators evaluated as Jira does.
import { SCREEN } from '../../sandbox/jira/catalog';
import { ANNA, APP, CHEN, adf, arr, createIssue, makeJira, obj, type JiraHarness } from './jira-harness';

async function transition(h: JiraHarness, key: string, id: string, extra: Record<string, unknown> = {}): Promise<{ status: number; body: unknown }> {
  return h.call(CHEN, 'POST', `/rest/api/3/issue/${key}/transitions`, { transition: { id }, ...extra });
}

async function status(h: JiraHarness, key: string): Promise<string> {
  return String(obj(obj(obj((await h.call(CHEN, 'GET', `/rest/api/3/issue/${key}?fields=status`)).body).fields).status).name);
}

describe('Jira stand-in: transitions', () => {
  it('lists the transitions available from the current status, with screen fields on request', async () => {
    const h = await makeJira();
    const { key } = await createIssue(h, ANNA);
    const plain = obj((await h.call(CHEN, 'GET', `/rest/api/3/issue/${key}/transitions`)).body);
    expect(arr(plain.transitions).map((t) => obj(t).name)).toEqual(['Open']);
    expect(obj(arr(plain.transitions)[0])).not.toHaveProperty('fields');
    h.jira.setScreenFieldRequired(SCREEN.WORKFLOW, 'description', true);
    const withFields = obj((await h.call(CHEN, 'GET', `/rest/api/3/issue/${key}/transitions?expand=transitions.fields`)).body);
    const open = obj(arr(withFields.transitions)[0]);
    expect(open.id).toBe('11');
    expect(open.hasScreen).toBe(true);
    expect(obj(open.to).name).toBe('Open');
    expect(obj(obj(open.fields).description)).toMatchObject({ required: true, name: 'Description', operations: ['set'] });
  });

  it('answers 400 with errors[fieldId] when a required screen field is missing', async () => {
    const h = await makeJira();
    const { key } = await createIssue(h, ANNA);
    h.jira.setScreenFieldRequired(SCREEN.WORKFLOW, 'description', true);
    const refused = await transition(h, key, '11');
    expect(refused.status).toBe(400);
    expect(refused.body).toEqual({ errorMessages: [], errors: { description: 'Description is required.' } });
    expect(await status(h, key)).toBe('New');
    const done = await transition(h, key, '11', { fields: { description: adf('Client 42 cannot pay') } });
    expect(done.status).toBe(204);
    expect(await status(h, key)).toBe('Open');
  });

  it('rejects unknown transitions and fields that are not on the transition screen', async () => {
    const h = await makeJira();
    const { key } = await createIssue(h, ANNA);
    expect((await transition(h, key, '51')).body).toEqual({ errorMessages: ["Transition id '51' is not valid for this issue."], errors: {} });
    expect((await h.call(CHEN, 'POST', `/rest/api/3/issue/${key}/transitions`, {})).status).toBe(400);
    const offScreen = await transition(h, key, '11', { fields: { priority: { id: '1' } } });
    expect(obj(offScreen.body).errors).toEqual({ priority: "Field 'priority' cannot be set. It is not on the appropriate screen, or unknown." });
  });

  it('sets resolution and resolutiondate on done statuses and clears them when reopened', async () => {
    const h = await makeJira();
    const { key } = await createIssue(h, ANNA);
    for (const id of ['11', '21']) expect((await transition(h, key, id)).status).toBe(204);
    h.events.length = 0;
    h.advance(3_600_000);
    expect((await transition(h, key, '51')).status).toBe(204);
    let fields = obj(obj((await h.call(CHEN, 'GET', `/rest/api/3/issue/${key}?fields=resolution,resolutiondate,status`)).body).fields);
    expect(obj(fields.resolution).name).toBe('Done');
    expect(fields.resolutiondate).toBe('2026-01-17T13:34:00.000+0000');
    const event = h.events.find((e) => e.eventType === 'avi:jira:updated:issue');
    expect(event?.payload.associatedStatuses).toEqual([{ id: '3', name: 'In Progress' }, { id: '5', name: 'Resolved' }]);
    expect(obj(event?.payload.changelog).items).toEqual([
      { field: 'resolution', fieldtype: 'jira', fieldId: 'resolution', from: null, fromString: null, to: '10000', toString: 'Done' },
      { field: 'status', fieldtype: 'jira', fieldId: 'status', from: '3', fromString: 'In Progress', to: '5', toString: 'Resolved' },
    ]);
    expect((await transition(h, key, '71')).status).toBe(204);
    fields = obj(obj((await h.call(CHEN, 'GET', `/rest/api/3/issue/${key}?fields=resolution,resolutiondate`)).body).fields);
    expect(fields).toEqual({ resolution: null, resolutiondate: null });
  });

  it('keeps a resolution chosen on the Resolve screen', async () => {
    const h = await makeJira();
    const { key } = await createIssue(h, ANNA);
    for (const id of ['11', '21']) await transition(h, key, id);
    expect((await transition(h, key, '51', { fields: { resolution: { name: "Won't Do" } } })).status).toBe(204);
    const fields = obj(obj((await h.call(CHEN, 'GET', `/rest/api/3/issue/${key}?fields=resolution`)).body).fields);
    expect(obj(fields.resolution).id).toBe('10001');
  });
});

describe('Jira stand-in: workflow validators', () => {
  const modules = [
    { key: 'needs-assignee', expression: 'issue.assignee != null', errorMessage: 'Assign the issue before starting work.' },
    { key: 'explains', expression: "issue.description == null ? 'Describe the problem first.' : true" },
    { key: 'broken', expression: 'issue.nope.deeper' },
    { key: 'configurable', expression: 'false' },
  ];

  async function openIssue(h: JiraHarness): Promise<string> {
    const { key } = await createIssue(h, ANNA);
    expect((await transition(h, key, '11')).status).toBe(204);
    return key;
  }

  it('blocks the transition with the module errorMessage when the expression is false', async () => {
    const h = await makeJira({ validatorModules: modules });
    const key = await openIssue(h);
    h.jira.setTransitionValidators('SUP', '21', [{ moduleKey: 'needs-assignee' }]);
    const refused = await transition(h, key, '21');
    expect(refused.body).toEqual({ errorMessages: ['Assign the issue before starting work.'], errors: {} });
    await h.call(CHEN, 'PUT', `/rest/api/3/issue/${key}`, { fields: { assignee: { accountId: CHEN.accountId } } });
    expect((await transition(h, key, '21')).status).toBe(204);
  });

  it('sees the values typed on the transition screen and shows a string result as the message', async () => {
    const h = await makeJira({ validatorModules: modules });
    const { key } = await createIssue(h, ANNA);
    h.jira.setTransitionValidators('SUP', '11', [{ moduleKey: 'explains' }]);
    expect((await transition(h, key, '11')).body).toEqual({ errorMessages: ['Describe the problem first.'], errors: {} });
    expect((await transition(h, key, '11', { fields: { description: adf('It is down') } })).status).toBe(204);
  });

  it('fails closed and emits avi:jira:failed:expression when the expression errors', async () => {
    const h = await makeJira({ validatorModules: modules });
    const key = await openIssue(h);
    h.jira.setTransitionValidators('SUP', '21', [{ moduleKey: 'broken' }]);
    const refused = await transition(h, key, '21');
    expect(refused.status).toBe(400);
    expect(obj(refused.body).errorMessages).toEqual(['The transition failed validation.']);
    const failed = h.events.find((e) => e.eventType === 'avi:jira:failed:expression');
    expect(failed?.payload).toMatchObject({ validatorId: 'broken', expression: 'issue.nope.deeper' });
    expect(String(arr(failed?.payload.errorMessages)[0])).toContain('Evaluation failed');
  });

  it('lets a dynamic expression in the rule config override the module and read config', async () => {
    const h = await makeJira({ validatorModules: modules });
    const key = await openIssue(h);
    h.jira.setTransitionValidators('SUP', '31', [{ moduleKey: 'configurable', config: { expression: "issue.labels.includes(config.label)", label: 'vip' } }]);
    expect((await transition(h, key, '31')).status).toBe(400);
    await h.call(APP, 'PUT', `/rest/api/3/issue/${key}`, { update: { labels: [{ add: 'vip' }] } });
    expect((await transition(h, key, '31')).status).toBe(204);
  });
});
