// The Jira stand-in's HTTP behaviour: error envelopes for malformed JSON, unknown paths and wrong methods,
// injected 429/500/503 failures with Retry-After, authentication (anonymous, Basic), and the XSRF guard.
import { ANNA, ANON, APP, CHEN, arr, makeJira, obj } from './jira-harness';

describe('Jira stand-in: HTTP behaviour', () => {
  it('answers malformed JSON with a 400 envelope', async () => {
    const h = await makeJira();
    const res = await h.call(ANNA, 'POST', '/rest/api/3/issue', '{"fields": {');
    expect(res.status).toBe(400);
    expect(obj(res.body).errors).toEqual({});
    expect(String(arr(obj(res.body).errorMessages)[0])).toMatch(/^Unexpected end-of-input/);
    const bad = await h.call(ANNA, 'POST', '/rest/api/3/search/jql', 'x');
    expect(String(arr(obj(bad.body).errorMessages)[0])).toContain("Unexpected character ('x' (code 120))");
  });

  it('answers unknown paths with 404 and wrong methods with 405, both as envelopes', async () => {
    const h = await makeJira();
    const unknown = await h.call(ANNA, 'GET', '/rest/api/3/nothing-here');
    expect(unknown.status).toBe(404);
    expect(unknown.body).toEqual({ errorMessages: ['null for uri: http://localhost:8080/rest/api/3/nothing-here'], errors: {} });
    const wrong = await h.call(ANNA, 'PATCH', '/rest/api/3/issue/SUP-1');
    expect(wrong.status).toBe(405);
    expect(wrong.headers.allow).toBe('GET,PUT,DELETE');
    expect(obj(wrong.body).errorMessages).toEqual(['Method Not Allowed']);
  });

  it('injects 429 with Retry-After for the next matching requests only', async () => {
    const h = await makeJira();
    h.jira.knobs.failNext(/\/rest\/api\/3\/issue\//, 429, { retryAfterSeconds: 7, times: 2 });
    const first = await h.call(APP, 'GET', '/rest/api/3/issue/SUP-1');
    expect(first.status).toBe(429);
    expect(first.headers['retry-after']).toBe('7');
    expect(first.body).toEqual({ errorMessages: ['Rate limit exceeded.'], errors: {} });
    expect((await h.call(APP, 'GET', '/rest/api/3/myself')).status).toBe(200);
    expect((await h.call(APP, 'GET', '/rest/api/3/issue/SUP-2')).status).toBe(429);
    expect((await h.call(APP, 'GET', '/rest/api/3/issue/SUP-2')).status).toBe(200);
  });

  it('injects 500 and 503, matches "METHOD path" patterns, and resets', async () => {
    const h = await makeJira();
    h.jira.knobs.failNext(/^POST \/rest\/api\/3\/issue$/, 503, { retryAfterSeconds: 2 });
    expect((await h.call(APP, 'GET', '/rest/api/3/issue/SUP-1')).status).toBe(200);
    const unavailable = await h.call(APP, 'POST', '/rest/api/3/issue', {});
    expect(unavailable.status).toBe(503);
    expect(unavailable.headers['retry-after']).toBe('2');
    h.jira.knobs.failNext(/serverInfo/, 500);
    h.jira.knobs.reset();
    expect((await h.call(APP, 'GET', '/rest/api/3/serverInfo')).status).toBe(200);
    h.jira.knobs.failNext(/serverInfo/, 500);
    expect((await h.call(APP, 'GET', '/rest/api/3/serverInfo')).status).toBe(500);
  });

  it('answers anonymous callers with 401 except for serverInfo', async () => {
    const h = await makeJira();
    const res = await h.call(ANON, 'GET', '/rest/api/3/myself');
    expect(res.status).toBe(401);
    expect(res.body).toEqual({ errorMessages: ['You are not authenticated. Authentication required to perform this operation.'], errors: {} });
    expect((await h.call(ANON, 'GET', '/rest/api/3/serverInfo')).status).toBe(200);
    expect((await h.call({ kind: 'user', accountId: 'nobody' }, 'GET', '/rest/api/3/myself')).status).toBe(401);
  });

  it('maps Basic credentials (email + any token) to the seeded user', async () => {
    const h = await makeJira();
    const header = `Basic ${Buffer.from('Chen.Wei@linebridge.example:any-api-token').toString('base64')}`;
    const actor = h.jira.authenticateBasic(header);
    expect(actor).toEqual(CHEN);
    expect(h.jira.authenticateBasic(`Basic ${Buffer.from('stranger@example.com:x').toString('base64')}`)).toBeUndefined();
    expect(h.jira.authenticateBasic('Bearer abc')).toBeUndefined();
    expect(h.jira.authenticateBasic(undefined)).toBeUndefined();
    const me = obj((await h.call(actor ?? ANON, 'GET', '/rest/api/3/myself')).body);
    expect(me).toMatchObject({ accountId: CHEN.accountId, displayName: 'Chen Wei', locale: 'en_US', timeZone: 'Asia/Shanghai' });
  });

  it('requires X-Atlassian-Token: no-check on attachment uploads', async () => {
    const h = await makeJira();
    const body = '--b\r\nContent-Disposition: form-data; name="file"; filename="trace.txt"\r\nContent-Type: text/plain\r\n\r\nboom\r\n--b--\r\n';
    const type = { 'content-type': 'multipart/form-data; boundary=b' };
    const blocked = await h.call(ANNA, 'POST', '/rest/api/3/issue/SUP-1/attachments', body, type);
    expect(blocked.status).toBe(403);
    expect(obj(blocked.body).errorMessages).toEqual(['XSRF check failed']);
    const ok = await h.call(ANNA, 'POST', '/rest/api/3/issue/SUP-1/attachments', body, { ...type, 'x-atlassian-token': 'no-check' });
    expect(ok.status).toBe(200);
    expect(arr(ok.body).map((a) => obj(a))).toEqual([expect.objectContaining({ filename: 'trace.txt', size: 4, mimeType: 'text/plain' })]);
    const fields = obj(obj((await h.call(ANNA, 'GET', '/rest/api/3/issue/SUP-1?fields=attachment')).body).fields);
    expect(arr(fields.attachment)).toHaveLength(1);
  });
});
