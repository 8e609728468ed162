// Who may do what on the stand-in site: Jira's permission keys and ids, a permission scheme granting project
// permissions to project roles, ADMINISTER to `jira-admins`. The app actor holds every permission (its
// manifest scopes are assumed to allow all) unless a test took a global one away (setAppGlobalPermission).
// Hidden issues answer 404, as Jira does.
import { issueNotFound } from '../http/errors';
import type { IssueRecord } from '../store/issues-store';
import type { Site } from './site';

export type Caller = { readonly kind: 'user'; readonly accountId: string } | { readonly kind: 'app'; readonly accountId: string };
export type PermissionDef = { readonly id: string; readonly key: string; readonly name: string; readonly type: 'GLOBAL' | 'PROJECT'; readonly description: string };

const p = (id: string, key: string, name: string, type: 'GLOBAL' | 'PROJECT', description: string): PermissionDef => ({ id, key, name, type, description });

export const PERMISSIONS: readonly PermissionDef[] = [
  p('0', 'ADMINISTER', 'Administer Jira', 'GLOBAL', 'Create and administer projects, issue types, fields, workflows, and schemes for all projects.'),
  p('27', 'USER_PICKER', 'Browse users and groups', 'GLOBAL', 'View and select users or groups from the user picker.'),
  p('33', 'BULK_CHANGE', 'Make bulk changes', 'GLOBAL', 'Modify collections of issues at once. For example, resolve multiple issues in one step.'),
  p('10', 'BROWSE_PROJECTS', 'Browse Projects', 'PROJECT', 'Ability to browse projects and the issues within them.'),
  p('11', 'CREATE_ISSUES', 'Create Issues', 'PROJECT', 'Ability to create issues.'),
  p('12', 'EDIT_ISSUES', 'Edit Issues', 'PROJECT', 'Ability to edit issues.'),
  p('13', 'ASSIGN_ISSUES', 'Assign Issues', 'PROJECT', 'Ability to assign issues to other people.'),
  p('14', 'RESOLVE_ISSUES', 'Resolve Issues', 'PROJECT', 'Ability to resolve and reopen issues.'),
  p('15', 'ADD_COMMENTS', 'Add Comments', 'PROJECT', 'Ability to comment on issues.'),
  p('16', 'DELETE_ISSUES', 'Delete Issues', 'PROJECT', 'Ability to delete issues.'),
  p('17', 'ASSIGNABLE_USER', 'Assignable User', 'PROJECT', 'Users with this permission may be assigned to issues.'),
  p('19', 'CREATE_ATTACHMENTS', 'Create Attachments', 'PROJECT', 'Users with this permission may create attachments.'),
  p('23', 'ADMINISTER_PROJECTS', 'Administer Projects', 'PROJECT', 'Ability to administer a project in Jira.'),
  p('34', 'EDIT_ALL_COMMENTS', 'Edit All Comments', 'PROJECT', 'Ability to edit all comments made on issues.'),
  p('35', 'EDIT_OWN_COMMENTS', 'Edit Own Comments', 'PROJECT', 'Ability to edit own comments made on issues.'),
  p('36', 'DELETE_ALL_COMMENTS', 'Delete All Comments', 'PROJECT', 'Ability to delete all comments made on issues.'),
  p('37', 'DELETE_OWN_COMMENTS', 'Delete Own Comments', 'PROJECT', 'Ability to delete own comments made on issues.'),
  p('46', 'TRANSITION_ISSUES', 'Transition Issues', 'PROJECT', 'Ability to transition issues.'),
];

export const PROJECT_ROLES = ['Administrators', 'Members', 'Viewers'] as const;
export type ProjectRole = (typeof PROJECT_ROLES)[number];

const EVERYONE: readonly ProjectRole[] = ['Administrators', 'Members', 'Viewers'];
const WORKERS: readonly ProjectRole[] = ['Administrators', 'Members'];
const ADMINS: readonly ProjectRole[] = ['Administrators'];

/** The project permission scheme (one scheme shared by all projects). */
const SCHEME: Readonly<Record<string, readonly ProjectRole[]>> = {
  BROWSE_PROJECTS: EVERYONE,
  CREATE_ISSUES: WORKERS, EDIT_ISSUES: WORKERS, ASSIGN_ISSUES: WORKERS, RESOLVE_ISSUES: WORKERS, ADD_COMMENTS: WORKERS,
  ASSIGNABLE_USER: WORKERS, CREATE_ATTACHMENTS: WORKERS, EDIT_OWN_COMMENTS: WORKERS, DELETE_OWN_COMMENTS: WORKERS,
  TRANSITION_ISSUES: WORKERS,
  DELETE_ISSUES: ADMINS, ADMINISTER_PROJECTS: ADMINS, EDIT_ALL_COMMENTS: ADMINS, DELETE_ALL_COMMENTS: ADMINS,
};
const GLOBAL_GROUPS: Readonly<Record<string, readonly string[]>> = {
  ADMINISTER: ['jira-admins'],
  USER_PICKER: ['jira-software-users', 'jira-admins'],
  BULK_CHANGE: ['jira-software-users', 'jira-admins'],
};

export const findPermission = (key: string): PermissionDef | undefined => PERMISSIONS.find((x) => x.key === key);

export function hasGlobalPermission(site: Site, caller: Caller, key: string): boolean {
  if (caller.kind === 'app') return !site.appDeniedGlobalPermissions.has(key);
  const groups = site.users.groupsOf(caller.accountId);
  return (GLOBAL_GROUPS[key] ?? []).some((g) => groups.includes(g));
}

export function hasProjectPermission(site: Site, caller: Caller, projectId: number, key: string): boolean {
  if (caller.kind === 'app') return true;
  const roles = site.users.rolesOf(projectId, caller.accountId);
  return (SCHEME[key] ?? []).some((r) => roles.includes(r));
}

/** Loads an issue the caller can see, or throws Jira's 404 (hidden and missing issues look the same). */
export function visibleIssue(site: Site, caller: Caller, idOrKey: string): IssueRecord {
  const issue = site.issues.find(idOrKey);
  if (!issue || !hasProjectPermission(site, caller, issue.projectId, 'BROWSE_PROJECTS')) throw issueNotFound();
  return issue;
}
