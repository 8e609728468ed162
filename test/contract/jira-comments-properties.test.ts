// Comments and issue properties on the Jira stand-in: ADF bodies, visibility, JSM internal notes, the
// comment events (create and edit), and Jira's 32,768-character limit on property values.
import { ANNA, APP, CHEN, FARAH, adf, arr, createIssue, makeJira, obj } from './jira-harness';

describe('Jira stand-in: comments', () => {
  it('adds, lists, edits and deletes comments with events on create, edit and delete', async () => {
    const h = await makeJira();
    const { key } = await createIssue(h, ANNA);
    h.events.length = 0;
    h.advance(30_000);
    const added = await h.call(APP, 'POST', `/rest/api/3/issue/${key}/comment`, { body: adf('Client replied in Telegram') });
    expect(added.status).toBe(201);
    const c = obj(added.body);
    expect(c).toMatchObject({ id: '10000', jsdPublic: true, created: '2026-01-17T12:34:30.000+0000', body: adf('Client replied in Telegram') });
    expect(obj(c.author).displayName).toBe('LineBridge');
    const ev = h.events[0];
    expect(ev?.eventType).toBe('avi:jira:commented:issue');
    expect(ev?.causedByApp).toBe(true);
    expect(obj(ev?.payload.comment)).toMatchObject({ id: '10000', body: 'Client replied in Telegram' });
    const edited = await h.call(CHEN, 'PUT', `/rest/api/3/issue/${key}/comment/10000`, { body: adf('edited') });
    expect(edited.status).toBe(400);
    const own = await h.call(CHEN, 'POST', `/rest/api/3/issue/${key}/comment`, { body: adf('On it') });
    const ownId = String(obj(own.body).id);
    expect((await h.call(CHEN, 'PUT', `/rest/api/3/issue/${key}/comment/${ownId}`, { body: adf('On it, ETA 1h') })).status).toBe(200);
    expect(h.events.filter((e) => e.eventType === 'avi:jira:commented:issue')).toHaveLength(3);
    const list = obj((await h.call(ANNA, 'GET', `/rest/api/3/issue/${key}/comment?orderBy=-created`)).body);
    expect(list.total).toBe(2);
    expect(obj(arr(list.comments)[0]).body).toEqual(adf('On it, ETA 1h'));
    expect((await h.call(CHEN, 'DELETE', `/rest/api/3/issue/${key}/comment/${ownId}`)).status).toBe(204);
    expect(h.events.at(-1)?.eventType).toBe('avi:jira:deleted:comment');
    const missing = await h.call(CHEN, 'GET', `/rest/api/3/issue/${key}/comment/${ownId}`);
    expect(missing.body).toEqual({ errorMessages: [`Can not find a comment for the id: ${ownId}.`], errors: {} });
  });

  it('rejects empty and non-ADF bodies', async () => {
    const h = await makeJira();
    const { key } = await createIssue(h, ANNA);
    expect((await h.call(ANNA, 'POST', `/rest/api/3/issue/${key}/comment`, {})).body).toEqual({ errorMessages: [], errors: { comment: 'Comment body can not be empty!' } });
    expect((await h.call(ANNA, 'POST', `/rest/api/3/issue/${key}/comment`, { body: 'plain' })).status).toBe(400);
  });

  it('marks sd.public.comment internal notes as not public and hides role-restricted comments', async () => {
    const h = await makeJira();
    const { key } = await createIssue(h, ANNA);
    const internal = await h.call(CHEN, 'POST', `/rest/api/3/issue/${key}/comment`, {
      body: adf('Root cause: expired cert'), properties: [{ key: 'sd.public.comment', value: { internal: true } }],
    });
    expect(obj(internal.body).jsdPublic).toBe(false);
    const restricted = await h.call(FARAH, 'POST', `/rest/api/3/issue/${key}/comment`, { body: adf('Escalate'), visibility: { type: 'role', value: 'Administrators' } });
    expect(obj(restricted.body).visibility).toEqual({ type: 'role', value: 'Administrators' });
    expect(obj((await h.call(ANNA, 'GET', `/rest/api/3/issue/${key}/comment`)).body).total).toBe(1);
    expect(obj((await h.call(FARAH, 'GET', `/rest/api/3/issue/${key}/comment`)).body).total).toBe(2);
    const inIssue = obj(obj(obj((await h.call(ANNA, 'GET', `/rest/api/3/issue/${key}?fields=comment`)).body).fields).comment);
    expect(inIssue.total).toBe(1);
    const notMember = await h.call(ANNA, 'POST', `/rest/api/3/issue/${key}/comment`, { body: adf('x'), visibility: { type: 'role', value: 'Administrators' } });
    expect(obj(notMember.body).errors).toEqual({ commentLevel: 'You are currently not a member of the project role: Administrators.' });
  });
});

describe('Jira stand-in: issue properties', () => {
  it('creates (201), replaces (200), reads, lists and deletes a property', async () => {
    const h = await makeJira();
    const { key } = await createIssue(h, ANNA);
    const url = `/rest/api/3/issue/${key}/properties/linebridge.metrics`;
    expect((await h.call(APP, 'PUT', url, { reopens: 0 })).status).toBe(201);
    expect((await h.call(APP, 'PUT', url, { reopens: 1 })).status).toBe(200);
    expect((await h.call(ANNA, 'GET', url)).body).toEqual({ key: 'linebridge.metrics', value: { reopens: 1 } });
    const keys = obj((await h.call(ANNA, 'GET', `/rest/api/3/issue/${key}/properties`)).body);
    expect(arr(keys.keys).map((k) => obj(k).key)).toEqual(['linebridge.metrics']);
    const withProps = obj((await h.call(ANNA, 'GET', `/rest/api/3/issue/${key}?fields=summary&properties=*all`)).body);
    expect(withProps.properties).toEqual({ 'linebridge.metrics': { reopens: 1 } });
    expect((await h.call(APP, 'DELETE', url)).status).toBe(204);
    const gone = await h.call(ANNA, 'GET', url);
    expect(gone.status).toBe(404);
    expect(gone.body).toEqual({ errorMessages: ["The property with key 'linebridge.metrics' does not exist."], errors: {} });
  });

  it('accepts a value of exactly 32,768 characters and rejects a longer one', async () => {
    const h = await makeJira();
    const { key } = await createIssue(h, ANNA);
    const url = `/rest/api/3/issue/${key}/properties/blob`;
    const fits = JSON.stringify({ s: 'x'.repeat(32768 - 8) });
    expect(fits).toHaveLength(32768);
    expect((await h.call(APP, 'PUT', url, fits)).status).toBe(201);
    const tooLong = await h.call(APP, 'PUT', url, JSON.stringify({ s: 'x'.repeat(32768 - 7) }));
    expect(tooLong.status).toBe(400);
    expect(arr(obj(tooLong.body).errorMessages)).toHaveLength(1);
  });

  it('needs EDIT_ISSUES to write properties', async () => {
    const h = await makeJira();
    const { key } = await createIssue(h, ANNA);
    h.jira.setProjectRoles('SUP', ANNA.accountId, ['Viewers']);
    expect((await h.call(ANNA, 'PUT', `/rest/api/3/issue/${key}/properties/p`, { a: 1 })).status).toBe(403);
  });
});
