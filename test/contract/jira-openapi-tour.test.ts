// A scripted tour of every documented Jira operation the stand-in serves (success and typical error paths):
// each request body must match the OpenAPI document, and each response must validate against it.
import { documentedOperations, matchOperation, validateRequestBody, validateResponse } from './openapi-validator';
import { ANNA, APP, CHEN, GUSTAV, adf, makeJira, obj, type JiraHarness, type Reply } from './jira-harness';
import type { JiraActor } from '../../sandbox/jira/jira-stand-in';

/** `invalid`: the request body is deliberately wrong (the step checks Jira's rejection). */
type Step = { actor: JiraActor; method: string; url: string; body?: unknown; headers?: Record<string, string>; expect: number; invalid?: boolean };

describe('Jira stand-in against the OpenAPI document', () => {
  let h: JiraHarness;
  const visited = new Set<string>();
  const problems: string[] = [];

  async function step(s: Step): Promise<Reply> {
    const path = new URL(s.url, 'http://x').pathname;
    const match = matchOperation(s.method, path);
    if (match) visited.add(`${s.method} ${match.pathTemplate}`);
    if (s.body !== undefined && typeof s.body !== 'string' && !s.headers && s.invalid !== true) problems.push(...validateRequestBody(s.method, path, s.body));
    const res = await h.call(s.actor, s.method, s.url, s.body, s.headers);
    if (res.status !== s.expect) problems.push(`${s.method} ${s.url}: expected ${s.expect}, got ${res.status} ${JSON.stringify(res.body)}`);
    problems.push(...validateResponse(s.method, path, res.status, res.body));
    return res;
  }

  beforeAll(async () => {
    h = await makeJira({ validatorModules: [{ key: 'needs-assignee', expression: 'issue.assignee != null', errorMessage: 'Assign the issue first.' }] });
  });

  it('answers every documented operation with documented shapes', async () => {
    const field = obj((await step({ actor: APP, method: 'POST', url: '/rest/api/3/field', expect: 201,
      body: { name: 'Client ID', type: 'com.atlassian.jira.plugin.system.customfieldtypes:textfield', searcherKey: 'com.atlassian.jira.plugin.system.customfieldtypes:textsearcher' } })).body);
    const select = obj((await step({ actor: APP, method: 'POST', url: '/rest/api/3/field', expect: 201,
      body: { name: 'Affected scope', type: 'com.atlassian.jira.plugin.system.customfieldtypes:select' } })).body);
    const contexts = obj((await step({ actor: APP, method: 'GET', url: `/rest/api/3/field/${String(select.id)}/context`, expect: 200 })).body);
    const ctxId = String(obj((contexts.values as unknown[])[0]).id);
    await step({ actor: APP, method: 'POST', url: `/rest/api/3/field/${String(select.id)}/context/${ctxId}/option`, expect: 200, body: { options: [{ value: 'One client' }, { value: 'All clients' }] } });
    await step({ actor: APP, method: 'GET', url: `/rest/api/3/field/${String(select.id)}/context/${ctxId}/option`, expect: 200 });
    await step({ actor: ANNA, method: 'GET', url: '/rest/api/3/field', expect: 200 });
    await step({ actor: ANNA, method: 'GET', url: '/rest/api/3/field/search?type=custom', expect: 200 });
    const screens = obj((await step({ actor: GUSTAV, method: 'GET', url: '/rest/api/3/screens', expect: 200 })).body);
    const screenId = String(obj((screens.values as unknown[])[0]).id);
    const tabs = (await step({ actor: GUSTAV, method: 'GET', url: `/rest/api/3/screens/${screenId}/tabs`, expect: 200 })).body as unknown[];
    const tabId = String(obj(tabs[0]).id);
    await step({ actor: APP, method: 'POST', url: `/rest/api/3/screens/${screenId}/tabs/${tabId}/fields`, expect: 200, body: { fieldId: String(field.id) } });
    await step({ actor: APP, method: 'POST', url: `/rest/api/3/screens/${screenId}/tabs/${tabId}/fields`, expect: 200, body: { fieldId: String(select.id) } });
    await step({ actor: GUSTAV, method: 'GET', url: `/rest/api/3/screens/${screenId}/tabs/${tabId}/fields`, expect: 200 });
    const screen = obj((await step({ actor: GUSTAV, method: 'POST', url: '/rest/api/3/screens', expect: 201, body: { name: 'Reopen screen', description: 'Asks for a reason' } })).body);
    await step({ actor: GUSTAV, method: 'POST', url: `/rest/api/3/screens/${String(screen.id)}/tabs`, expect: 200, body: { name: 'Reason' } });

    const created = obj((await step({ actor: ANNA, method: 'POST', url: '/rest/api/3/issue', expect: 201, body: {
      fields: { project: { key: 'SUP' }, issuetype: { id: '10001' }, summary: 'Login fails', description: adf('Since 9:00'), priority: { id: '2' },
        labels: ['telegram'], [String(field.id)]: 'C-42', [String(select.id)]: { value: 'One client' } },
    } })).body);
    const key = String(created.key);
    await step({ actor: ANNA, method: 'POST', url: '/rest/api/3/issue', expect: 400, body: { fields: { project: { key: 'SUP' }, issuetype: { id: '10001' }, summary: 'x'.repeat(256) } } });
    await step({ actor: ANNA, method: 'GET', url: `/rest/api/3/issue/${key}?expand=renderedFields,names,schema,transitions,changelog,editmeta`, expect: 200 });
    await step({ actor: ANNA, method: 'GET', url: '/rest/api/3/issue/SUP-999', expect: 404 });
    await step({ actor: CHEN, method: 'PUT', url: `/rest/api/3/issue/${key}`, expect: 204, body: { fields: { assignee: { accountId: CHEN.accountId } }, update: { labels: [{ add: 'vip' }] } } });
    await step({ actor: APP, method: 'PUT', url: `/rest/api/3/issue/${key}/assignee`, expect: 204, body: { accountId: ANNA.accountId } });
    await step({ actor: APP, method: 'PUT', url: `/rest/api/3/issue/${key}/assignee`, expect: 400, body: { accountId: 'no-such-account' } });
    await step({ actor: APP, method: 'PUT', url: `/rest/api/3/issue/${key}/assignee`, expect: 204, body: { accountId: CHEN.accountId } });
    await step({ actor: CHEN, method: 'PUT', url: `/rest/api/3/issue/${key}?returnIssue=true`, expect: 200, body: { fields: { summary: 'Login fails for all' } } });
    await step({ actor: CHEN, method: 'GET', url: `/rest/api/3/issue/${key}/transitions?expand=transitions.fields`, expect: 200 });
    h.jira.setTransitionValidators('SUP', '21', [{ moduleKey: 'needs-assignee' }]);
    await step({ actor: CHEN, method: 'POST', url: `/rest/api/3/issue/${key}/transitions`, expect: 204, body: { transition: { id: '11' }, fields: { description: adf('More details') } } });
    await step({ actor: CHEN, method: 'POST', url: `/rest/api/3/issue/${key}/transitions`, expect: 400, body: { transition: { id: '61' } } });
    await step({ actor: CHEN, method: 'POST', url: `/rest/api/3/issue/${key}/transitions`, expect: 204, body: { transition: { id: '21' } } });
    await step({ actor: CHEN, method: 'GET', url: `/rest/api/3/issue/${key}/changelog`, expect: 200 });
    const comment = obj((await step({ actor: CHEN, method: 'POST', url: `/rest/api/3/issue/${key}/comment`, expect: 201, body: { body: adf('Looking into it') } })).body);
    await step({ actor: CHEN, method: 'POST', url: `/rest/api/3/issue/${key}/comment`, expect: 400, body: { body: 'plain text is v2' }, invalid: true });
    await step({ actor: CHEN, method: 'GET', url: `/rest/api/3/issue/${key}/comment`, expect: 200 });
    await step({ actor: CHEN, method: 'GET', url: `/rest/api/3/issue/${key}/comment/${String(comment.id)}`, expect: 200 });
    await step({ actor: CHEN, method: 'PUT', url: `/rest/api/3/issue/${key}/comment/${String(comment.id)}`, expect: 200, body: { body: adf('Found the cause') } });
    await step({ actor: APP, method: 'PUT', url: `/rest/api/3/issue/${key}/properties/linebridge.sla`, expect: 201, body: { cycle: 1, breached: false } });
    await step({ actor: APP, method: 'PUT', url: `/rest/api/3/issue/${key}/properties/linebridge.sla`, expect: 200, body: { cycle: 2, breached: false } });
    await step({ actor: APP, method: 'PUT', url: `/rest/api/3/issue/${key}/properties/too-big`, expect: 400, body: { blob: 'x'.repeat(33000) } });
    await step({ actor: APP, method: 'GET', url: `/rest/api/3/issue/${key}/properties`, expect: 200 });
    await step({ actor: APP, method: 'GET', url: `/rest/api/3/issue/${key}/properties/linebridge.sla`, expect: 200 });
    await step({ actor: APP, method: 'GET', url: `/rest/api/3/issue/${key}/properties/missing`, expect: 404 });
    await step({ actor: APP, method: 'DELETE', url: `/rest/api/3/issue/${key}/properties/linebridge.sla`, expect: 204 });
    const boundary = 'tourboundary';
    const multipart = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="log.txt"\r\nContent-Type: text/plain\r\n\r\nstack trace\r\n--${boundary}--\r\n`;
    await step({ actor: CHEN, method: 'POST', url: `/rest/api/3/issue/${key}/attachments`, expect: 200, body: multipart,
      headers: { 'x-atlassian-token': 'no-check', 'content-type': `multipart/form-data; boundary=${boundary}` } });
    await step({ actor: CHEN, method: 'POST', url: `/rest/api/3/issue/${key}/attachments`, expect: 403, body: multipart,
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } });
    await step({ actor: ANNA, method: 'GET', url: '/rest/api/3/issue/createmeta/SUP/issuetypes/10001', expect: 200 });

    await step({ actor: ANNA, method: 'GET', url: '/rest/api/3/search/jql?jql=project%20%3D%20SUP&maxResults=2', expect: 200 });
    await step({ actor: ANNA, method: 'GET', url: '/rest/api/3/search/jql?jql=project%20%3D%20SUP&fields=summary,status,assignee,priority,issuetype,project,reporter,created,updated,labels,comment,description&expand=names,schema', expect: 200 });
    await step({ actor: ANNA, method: 'POST', url: '/rest/api/3/search/jql', expect: 200, body: { jql: 'project = SUP ORDER BY created DESC', fields: ['*all'], maxResults: 10, expand: 'renderedFields' } });
    await step({ actor: ANNA, method: 'POST', url: '/rest/api/3/search/jql', expect: 400, body: { jql: 'order by created' } });
    await step({ actor: ANNA, method: 'POST', url: '/rest/api/3/search/approximate-count', expect: 200, body: { jql: 'project = SUP' } });
    await step({ actor: ANNA, method: 'POST', url: '/rest/api/3/changelog/bulkfetch', expect: 200, body: { issueIdsOrKeys: ['SUP-1', key], maxResults: 2 } });
    await step({ actor: ANNA, method: 'POST', url: '/rest/api/3/changelog/bulkfetch', expect: 400, body: { issueIdsOrKeys: Array.from({ length: 1001 }, (_, i) => `SUP-${i + 1}`) }, invalid: true });
    const bulk = obj((await step({ actor: CHEN, method: 'POST', url: '/rest/api/3/bulk/issues/transition', expect: 201, body: { bulkTransitionInputs: [{ selectedIssueIdsOrKeys: ['SUP-1', key], transitionId: '11' }] } })).body);
    await step({ actor: CHEN, method: 'GET', url: `/rest/api/3/bulk/queue/${String(bulk.taskId)}`, expect: 200 });
    await step({ actor: CHEN, method: 'POST', url: '/rest/api/3/bulk/issues/transition', expect: 400, body: { bulkTransitionInputs: [] }, invalid: true });

    await step({ actor: ANNA, method: 'GET', url: '/rest/api/3/myself', expect: 200 });
    await step({ actor: ANNA, method: 'GET', url: '/rest/api/3/mypermissions?permissions=BROWSE_PROJECTS,EDIT_ISSUES,ADMINISTER&projectKey=SUP', expect: 200 });
    await step({ actor: ANNA, method: 'GET', url: '/rest/api/3/mypermissions', expect: 400 });
    await step({ actor: APP, method: 'POST', url: '/rest/api/3/permissions/check', expect: 200, body: { accountId: ANNA.accountId, globalPermissions: ['ADMINISTER'], projectPermissions: [{ permissions: ['EDIT_ISSUES'], projects: [10000] }] } });
    await step({ actor: ANNA, method: 'GET', url: '/rest/api/3/project/search', expect: 200 });
    await step({ actor: ANNA, method: 'GET', url: '/rest/api/3/project/SUP', expect: 200 });
    await step({ actor: ANNA, method: 'GET', url: '/rest/api/3/project/NOPE', expect: 404 });
    await step({ actor: ANNA, method: 'GET', url: '/rest/api/3/status', expect: 200 });
    await step({ actor: ANNA, method: 'GET', url: '/rest/api/3/statuscategory', expect: 200 });
    await step({ actor: ANNA, method: 'GET', url: '/rest/api/3/priority', expect: 200 });
    await step({ actor: ANNA, method: 'GET', url: '/rest/api/3/priority/search', expect: 200 });
    await step({ actor: ANNA, method: 'GET', url: '/rest/api/3/issuetype', expect: 200 });
    await step({ actor: ANNA, method: 'GET', url: `/rest/api/3/user?accountId=${CHEN.accountId}`, expect: 200 });
    await step({ actor: ANNA, method: 'GET', url: '/rest/api/3/user/search?query=chen', expect: 200 });
    await step({ actor: ANNA, method: 'GET', url: '/rest/api/3/users/search', expect: 200 });
    await step({ actor: ANNA, method: 'GET', url: '/rest/api/3/serverInfo', expect: 200 });
    await step({ actor: GUSTAV, method: 'GET', url: '/rest/api/3/workflows/search?expand=values.transitions', expect: 200 });
    const uiMod = obj((await step({ actor: APP, method: 'POST', url: '/rest/api/3/uiModifications', expect: 201,
      body: { name: 'Incident template', data: '{"template":"incident"}', contexts: [{ projectId: '10000', issueTypeId: '10001', viewType: 'GIC' }, { projectId: '10000', issueTypeId: null, viewType: 'IssueTransition' }] } })).body);
    await step({ actor: APP, method: 'PUT', url: `/rest/api/3/uiModifications/${String(uiMod.id)}`, expect: 204, body: { data: '{"template":"incident","v":2}' } });
    const schemes = obj((await step({ actor: APP, method: 'GET', url: '/rest/api/3/issuetypescreenscheme/project?projectId=10000', expect: 200 })).body);
    const schemeId = String(obj(obj((schemes.values as unknown[])[0]).issueTypeScreenScheme).id);
    const mapping = obj((await step({ actor: APP, method: 'GET', url: `/rest/api/3/issuetypescreenscheme/mapping?issueTypeScreenSchemeId=${schemeId}`, expect: 200 })).body);
    await step({ actor: APP, method: 'GET', url: `/rest/api/3/screenscheme?id=${String(obj((mapping.values as unknown[])[0]).screenSchemeId)}`, expect: 200 });
    await step({ actor: ANNA, method: 'GET', url: '/rest/api/3/screenscheme', expect: 403 });
    await step({ actor: APP, method: 'GET', url: '/rest/api/3/uiModifications?expand=data,contexts', expect: 200 });
    await step({ actor: ANNA, method: 'GET', url: '/rest/api/3/uiModifications', expect: 403 });
    await step({ actor: ANNA, method: 'POST', url: '/rest/api/3/expression/eval', expect: 200, body: { expression: 'issue.summary', context: { issue: { key } } } });
    await step({ actor: ANNA, method: 'POST', url: '/rest/api/3/expression/eval', expect: 400, body: { expression: 'issue.nope(', context: { issue: { key } } } });
    await step({ actor: GUSTAV, method: 'DELETE', url: `/rest/api/3/issue/${key}`, expect: 204 });

    expect(problems).toEqual([]);
    expect(h.jira.lastInternalError).toBeUndefined();
    const missing = documentedOperations().map((o) => `${o.method} ${o.pathTemplate}`).filter((k) => !visited.has(k));
    expect(missing).toEqual([]);
  });
});
