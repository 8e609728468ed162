// Permissions on the Jira stand-in: hidden issues answer 404, edits without EDIT_ISSUES 403, creates
// without CREATE_ISSUES 400 on `project`; /mypermissions and /permissions/check report the same grants.
import { ANNA, APP, CHEN, GUSTAV, arr, createIssue, makeJira, obj } from './jira-harness';

describe('Jira stand-in: permissions', () => {
  it('hides issues from users without BROWSE_PROJECTS (404), like Jira', async () => {
    const h = await makeJira();
    h.jira.setProjectRoles('SUP', ANNA.accountId, []);
    const res = await h.call(ANNA, 'GET', '/rest/api/3/issue/SUP-1');
    expect(res.status).toBe(404);
    expect((await h.call(ANNA, 'GET', '/rest/api/3/project/SUP')).status).toBe(404);
    expect((await h.call(ANNA, 'POST', '/rest/api/3/changelog/bulkfetch', { issueIdsOrKeys: ['SUP-1'] })).body).toEqual({ issueChangeLogs: [] });
  });

  it('lets viewers read but answers 403 on edit', async () => {
    const h = await makeJira();
    h.jira.setProjectRoles('SUP', ANNA.accountId, ['Viewers']);
    expect((await h.call(ANNA, 'GET', '/rest/api/3/issue/SUP-1')).status).toBe(200);
    const edit = await h.call(ANNA, 'PUT', '/rest/api/3/issue/SUP-1', { fields: { summary: 'x' } });
    expect(edit.status).toBe(403);
    expect(edit.body).toEqual({ errorMessages: ['You do not have permission to edit issues in this project.'], errors: {} });
    const create = await h.call(ANNA, 'POST', '/rest/api/3/issue', { fields: { project: { key: 'SUP' }, issuetype: { id: '10001' }, summary: 's' } });
    expect(obj(create.body).errors).toEqual({ project: 'You do not have permission to create issues in this project.' });
    expect((await h.call(ANNA, 'POST', '/rest/api/3/issue/SUP-1/transitions', { transition: { id: '31' } })).status).toBe(400);
  });

  it('reports grants through /mypermissions', async () => {
    const h = await makeJira();
    const anna = obj(obj((await h.call(ANNA, 'GET', '/rest/api/3/mypermissions?permissions=ADMINISTER,BROWSE_PROJECTS,ADMINISTER_PROJECTS&projectKey=SUP')).body).permissions);
    expect(obj(anna.BROWSE_PROJECTS)).toMatchObject({ id: '10', type: 'PROJECT', havePermission: true });
    expect(obj(anna.ADMINISTER)).toMatchObject({ id: '0', type: 'GLOBAL', havePermission: false });
    expect(obj(anna.ADMINISTER_PROJECTS).havePermission).toBe(false);
    const gustav = obj(obj((await h.call(GUSTAV, 'GET', '/rest/api/3/mypermissions?permissions=ADMINISTER')).body).permissions);
    expect(obj(gustav.ADMINISTER).havePermission).toBe(true);
    expect((await h.call(ANNA, 'GET', '/rest/api/3/mypermissions?permissions=NOT_A_PERMISSION')).status).toBe(400);
  });

  it('checks bulk permissions for another user only with ADMINISTER', async () => {
    const h = await makeJira();
    const { id } = await createIssue(h, ANNA);
    const body = { accountId: CHEN.accountId, globalPermissions: ['ADMINISTER'], projectPermissions: [{ permissions: ['EDIT_ISSUES', 'DELETE_ISSUES'], projects: [10000], issues: [Number(id)] }] };
    const res = obj((await h.call(APP, 'POST', '/rest/api/3/permissions/check', body)).body);
    expect(res.globalPermissions).toEqual([]);
    expect(arr(res.projectPermissions)).toEqual([
      { permission: 'EDIT_ISSUES', projects: [10000], issues: [Number(id)] },
      { permission: 'DELETE_ISSUES', projects: [], issues: [] },
    ]);
    expect((await h.call(ANNA, 'POST', '/rest/api/3/permissions/check', body)).status).toBe(403);
  });

  it('gives the app actor every permission', async () => {
    const h = await makeJira();
    h.jira.setProjectRoles('SUP', ANNA.accountId, []);
    expect((await h.call(APP, 'DELETE', '/rest/api/3/issue/SUP-3')).status).toBe(204);
    const perms = obj(obj((await h.call(APP, 'GET', '/rest/api/3/mypermissions?permissions=ADMINISTER,EDIT_ISSUES')).body).permissions);
    expect(obj(perms.ADMINISTER).havePermission).toBe(true);
  });
});
