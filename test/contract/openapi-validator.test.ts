// Proves the Jira OpenAPI contract validator accepts real Jira Cloud v3 shapes and rejects wrong ones,
// and that the pruned fixture matches operations.json (and the source document, when ../shared exists).
// It must never reach the network or depend on ../shared being present (that check skips cleanly).
import { existsSync, readFileSync } from 'node:fs';
import {
  DEFAULT_SOURCE, NOTICE_FILE, PRUNED_FILE, noticeText, pruneOpenApi, readSelection, stableStringify,
} from '../../scripts/prune-openapi';
import { documentedOperations, matchOperation, validateRequestBody, validateResponse } from './openapi-validator';

const SITE = 'https://linebridge-test.atlassian.net';
const avatarUrls = { '16x16': `${SITE}/a16.png`, '24x24': `${SITE}/a24.png`, '32x32': `${SITE}/a32.png`, '48x48': `${SITE}/a48.png` };
const reporter = {
  self: `${SITE}/rest/api/3/user?accountId=5b10ac8d82e05b22cc7d4ef5`, accountId: '5b10ac8d82e05b22cc7d4ef5',
  emailAddress: 'mia@example.com', avatarUrls, displayName: 'Mia Krystof', active: true, timeZone: 'Europe/Berlin', accountType: 'atlassian',
};
const adf = { type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Printer on floor 3 jams.' }] }] };
const issue = {
  expand: 'renderedFields,names,schema,operations,editmeta,changelog,versionedRepresentations',
  id: '10012', self: `${SITE}/rest/api/3/issue/10012`, key: 'SUP-12',
  fields: {
    summary: 'Printer jams on floor 3',
    status: {
      self: `${SITE}/rest/api/3/status/10001`, description: '', iconUrl: `${SITE}/images/icons/statuses/open.png`, name: 'Waiting for support', id: '10001',
      statusCategory: { self: `${SITE}/rest/api/3/statuscategory/2`, id: 2, key: 'new', colorName: 'blue-gray', name: 'To Do' },
    },
    issuetype: {
      self: `${SITE}/rest/api/3/issuetype/10002`, id: '10002', description: 'A support request', iconUrl: `${SITE}/i.png`,
      name: 'Task', subtask: false, avatarId: 10318, hierarchyLevel: 0,
    },
    project: { self: `${SITE}/rest/api/3/project/10000`, id: '10000', key: 'SUP', name: 'Support', projectTypeKey: 'software', simplified: false, avatarUrls },
    priority: { self: `${SITE}/rest/api/3/priority/3`, iconUrl: `${SITE}/medium.svg`, name: 'Medium', id: '3' },
    assignee: null, reporter,
    created: '2026-01-17T12:34:00.000+0000', updated: '2026-01-17T12:40:12.345+0000',
    labels: ['telegram'], description: adf,
    comment: {
      comments: [{
        self: `${SITE}/rest/api/3/issue/10012/comment/10100`, id: '10100', author: reporter, body: adf, updateAuthor: reporter,
        created: '2026-01-17T12:35:00.000+0000', updated: '2026-01-17T12:35:00.000+0000', jsdPublic: true,
      }],
      self: `${SITE}/rest/api/3/issue/10012/comment`, maxResults: 1, total: 1, startAt: 0,
    },
    customfield_10010: 'any custom value stays free',
  },
};
const searchPage = { issues: [{ id: '10012', key: 'SUP-12', self: `${SITE}/rest/api/3/issue/10012`, fields: { summary: 'Printer jams on floor 3' } }, { id: '10013' }],
  nextPageToken: 'CAEaAggD', isLast: false };
const errorEnvelope = { errorMessages: [], errors: { customfield_10010: 'Customer is required.' } };
const transitionsPath = '/rest/api/3/issue/SUP-12/transitions';

describe('matchOperation', () => {
  it('maps a concrete path to its template and ignores query strings', () => {
    expect(matchOperation('get', '/rest/api/3/issue/SUP-12?expand=changelog')?.pathTemplate).toBe('/rest/api/3/issue/{issueIdOrKey}');
    expect(matchOperation('PUT', '/rest/api/3/issue/SUP-12/comment/10100')?.pathTemplate).toBe('/rest/api/3/issue/{issueIdOrKey}/comment/{id}');
  });
  it('prefers literal segments over templated ones', () => {
    expect(matchOperation('GET', '/rest/api/3/project/search')?.pathTemplate).toBe('/rest/api/3/project/search');
    expect(matchOperation('GET', '/rest/api/3/project/SUP')?.pathTemplate).toBe('/rest/api/3/project/{projectIdOrKey}');
  });
  it('returns undefined for unknown paths and undocumented methods', () => {
    expect(matchOperation('GET', '/rest/api/3/search')).toBeUndefined();
    expect(matchOperation('PATCH', '/rest/api/3/issue/SUP-12')).toBeUndefined();
    expect(matchOperation('GET', '/rest/api/3/issue//transitions')).toBeUndefined();
  });
});

describe('validateResponse accepts real Jira shapes', () => {
  it('accepts a full issue with ADF description, null assignee and free custom fields', () => {
    expect(validateResponse('GET', '/rest/api/3/issue/SUP-12', 200, issue)).toEqual([]);
  });
  it('accepts search/jql pages with and without nextPageToken', () => {
    expect(validateResponse('POST', '/rest/api/3/search/jql', 200, searchPage)).toEqual([]);
    expect(validateResponse('GET', '/rest/api/3/search/jql?jql=project%3DSUP', 200, { issues: [], isLast: true })).toEqual([]);
  });
  it('accepts the error envelope on a documented error status without a schema', () => {
    expect(validateResponse('POST', transitionsPath, 400, errorEnvelope)).toEqual([]);
    const notFound = { errorMessages: ['Issue does not exist or you do not have permission to see it.'], errors: {} };
    expect(validateResponse('GET', '/rest/api/3/issue/SUP-99', 404, notFound)).toEqual([]);
  });
  it('accepts an empty 204 and a 429 from the drift list', () => {
    expect(validateResponse('POST', transitionsPath, 204, undefined)).toEqual([]);
    expect(validateResponse('DELETE', '/rest/api/3/issue/SUP-12/properties/linebridge', 204, '')).toEqual([]);
    expect(validateResponse('GET', '/rest/api/3/myself', 429, { errorMessages: ['Rate limit exceeded.'], errors: {} })).toEqual([]);
  });
});

describe('validateResponse rejects wrong shapes', () => {
  it('flags wrong types, v2-style values and undocumented properties in an issue', () => {
    const wrong = { ...issue, id: 10012, total: 1, fields: { ...issue.fields, description: 'plain text', status: 'Open', created: 'yesterday' } };
    const errors = validateResponse('GET', '/rest/api/3/issue/SUP-12', 200, wrong);
    expect(errors).toEqual(expect.arrayContaining([
      expect.stringContaining('/id must be string'), expect.stringContaining('undocumented property "total"'),
      expect.stringContaining('/fields/description must be object,null'), expect.stringContaining('/fields/status must be object'),
      expect.stringContaining('/fields/created must match format "date-time"'),
    ]));
  });
  it('flags a status category id sent as a string and an ADF doc with the wrong version', () => {
    const status = { ...issue.fields.status, statusCategory: { ...issue.fields.status.statusCategory, id: '2' } };
    const errors = validateResponse('GET', '/rest/api/3/issue/SUP-12', 200, { ...issue, fields: { ...issue.fields, status, description: { ...adf, version: 2 } } });
    expect(errors).toEqual(expect.arrayContaining([
      expect.stringContaining('/fields/status/statusCategory/id must be integer'), expect.stringContaining('/fields/description/version must be one of [1]'),
    ]));
  });
  it('flags the removed offset pagination of /search in a search/jql page', () => {
    const errors = validateResponse('POST', '/rest/api/3/search/jql', 200, { ...searchPage, startAt: 0, total: 2, isLast: 'no' });
    expect(errors).toHaveLength(3);
  });
  it('flags error bodies that are not the envelope, and missing bodies', () => {
    expect(validateResponse('POST', transitionsPath, 400, { message: 'Customer is required' })).toEqual([expect.stringContaining('undocumented property "message"')]);
    expect(validateResponse('POST', transitionsPath, 400, { errorMessages: 'Customer is required', errors: {} })).toEqual([expect.stringContaining('/errorMessages must be array')]);
    expect(validateResponse('POST', transitionsPath, 400, undefined)).toEqual([expect.stringContaining('none was returned')]);
  });
  it('flags a 204 with a body and an undocumented status', () => {
    expect(validateResponse('POST', transitionsPath, 204, {})).toEqual([expect.stringContaining('204 response must have no body')]);
    expect(validateResponse('GET', '/rest/api/3/issue/SUP-12', 500, errorEnvelope)).toEqual([expect.stringContaining('status not documented (documented: 200, 401, 404)')]);
    expect(validateResponse('GET', '/rest/api/3/nothing', 200, {})).toEqual([expect.stringContaining('no documented operation')]);
  });
  it('flags a writeOnly property returned in a response', () => {
    const components = [{ id: '1', name: 'Printers', leadAccountId: 'x' }];
    const project = { self: `${SITE}/rest/api/3/project/10000`, id: '10000', key: 'SUP', name: 'Support', components };
    expect(validateResponse('GET', '/rest/api/3/project/SUP', 200, project)).toEqual([expect.stringContaining('leadAccountId is writeOnly')]);
  });
});

describe('known drift is applied where it is documented and nowhere else', () => {
  const item = { field: 'status', fieldtype: 'jira', fieldId: 'status', from: null, fromString: null, to: '10001', toString: 'Waiting for support' };
  const history = (created: unknown) => ({ id: '10500', author: reporter, created, items: [item] });
  it('bulkfetch takes an epoch created, while GET changelog keeps the date-time string', () => {
    const bulk = (created: unknown) => ({ issueChangeLogs: [{ issueId: '10012', changeHistories: [history(created)] }] });
    expect(validateResponse('POST', '/rest/api/3/changelog/bulkfetch', 200, bulk(1768653240000))).toEqual([]);
    expect(validateResponse('POST', '/rest/api/3/changelog/bulkfetch', 200, bulk('2026-01-17T12:34:00.000+0000'))).toHaveLength(1);
    const page = (created: unknown) => ({ startAt: 0, maxResults: 100, total: 1, isLast: true, values: [history(created)] });
    expect(validateResponse('GET', '/rest/api/3/issue/SUP-12/changelog', 200, page('2026-01-17T12:34:00.000+0000'))).toEqual([]);
    expect(validateResponse('GET', '/rest/api/3/issue/SUP-12/changelog', 200, page(1768653240000))).toEqual([expect.stringContaining('/values/0/created must be string')]);
  });
  it('UI modification contexts accept null wildcards but not other values', () => {
    const body = (viewType: unknown) => ({ name: 'LineBridge required fields', data: '{}', contexts: [{ projectId: '10000', issueTypeId: null, viewType }] });
    expect(validateRequestBody('POST', '/rest/api/3/uiModifications', body(null))).toEqual([]);
    expect(validateRequestBody('POST', '/rest/api/3/uiModifications', body('Board'))).toEqual([expect.stringContaining('/contexts/0/viewType must be one of')]);
  });
});

describe('validateRequestBody', () => {
  it('accepts a transition with fields and rejects a bare transition id', () => {
    const transition = { transition: { id: '31' }, fields: { customfield_10010: 'ACME' }, update: { labels: [{ add: 'telegram' }] } };
    expect(validateRequestBody('POST', transitionsPath, transition)).toEqual([]);
    expect(validateRequestBody('POST', transitionsPath, { transition: '31' })).toEqual([expect.stringContaining('/transition must be object')]);
  });
  it('rejects offset pagination sent to search/jql and a comment with a plain-text body', () => {
    expect(validateRequestBody('POST', '/rest/api/3/search/jql', { jql: 'project = SUP', fields: ['summary'], maxResults: 50 })).toEqual([]);
    expect(validateRequestBody('POST', '/rest/api/3/search/jql', { jql: 'project = SUP', startAt: 50 })).toEqual([expect.stringContaining('undocumented property "startAt"')]);
    expect(validateRequestBody('POST', '/rest/api/3/issue/SUP-12/comment', { body: adf })).toEqual([]);
    expect(validateRequestBody('POST', '/rest/api/3/issue/SUP-12/comment', { body: 'hello' })).toEqual([expect.stringContaining('/body must be object')]);
  });
  it('enforces required properties, required bodies and body-less operations', () => {
    expect(validateRequestBody('POST', '/rest/api/3/screens', { description: 'LineBridge' })).toEqual([expect.stringContaining("required property 'name'")]);
    expect(validateRequestBody('POST', transitionsPath, undefined)).toEqual([expect.stringContaining('request body is required')]);
    expect(validateRequestBody('GET', '/rest/api/3/myself', { a: 1 })).toEqual([expect.stringContaining('takes no request body')]);
  });
});

describe('pruned fixture', () => {
  const key = (o: { method: string; pathTemplate?: string; path?: string }) => `${o.method} ${o.pathTemplate ?? o.path}`;
  it('documents exactly the operations listed in operations.json', () => {
    const listed = readSelection().operations.map(key).sort();
    expect(documentedOperations().map(key).sort()).toEqual(listed);
    expect(listed.length).toBeGreaterThan(40);
  });
  it('compiles every documented response and request schema in strict mode', () => {
    for (const { method, pathTemplate } of documentedOperations()) {
      const { operation } = matchOperation(method, pathTemplate) ?? { operation: { responses: {} } };
      for (const status of Object.keys(operation.responses)) expect(() => validateResponse(method, pathTemplate, Number(status), {})).not.toThrow();
      expect(() => validateRequestBody(method, pathTemplate, {})).not.toThrow();
    }
  });
  const source = process.env.JIRA_OPENAPI ?? DEFAULT_SOURCE;
  (existsSync(source) ? it : it.skip)('is up to date with the source document (skipped when ../shared is absent)', () => {
    const { document, missing } = pruneOpenApi(JSON.parse(readFileSync(source, 'utf8')), readSelection());
    expect(missing).toEqual([]);
    expect(readFileSync(PRUNED_FILE, 'utf8')).toBe(stableStringify(document));
    expect(readFileSync(NOTICE_FILE, 'utf8')).toBe(noticeText(document));
  });
});
