// The Jira Cloud stand-in: a stateful REST v3 server core over the sandbox SQLite file. The local Forge
// host wires `handle()` to HTTP and to the Forge fetch seam and dispatches `onEvent` to Forge triggers.
// Every answer uses Jira's shapes and status codes; nothing thrown by a route escapes as an exception.
import type { SqliteDb } from '../db/sqlite';
import type { StandInRequest, StandInResponse } from '../http-types';
import { type Caller, type ProjectRole } from './domain/permissions';
import type { EntityPropertyIndex } from './domain/search-index';
import { Site, type JiraProductEvent, type WorkflowValidatorModule } from './domain/site';
import { errorResponse, JiraHttpError, notAuthenticated, notFound, unexpectedError } from './http/errors';
import { lazyJson, matchRoute } from './http/route';
import { FaultInjector, type JiraKnobs } from './knobs';
import { ROUTES } from './routes/index';
import { seedBase } from './seed-base';
import { DEFAULT_APP_ACCOUNT_ID } from './seed-users';
import type { ValidatorRule } from './store/app-config-store';
import { createJiraTables } from './store/schema';

export type { JiraProductEvent, WorkflowValidatorModule } from './domain/site';
export type { EntityPropertyIndex } from './domain/search-index';
export type { ValidatorRule } from './store/app-config-store';

export type JiraActor = { readonly kind: 'user'; readonly accountId: string } | { readonly kind: 'app' } | { readonly kind: 'anonymous' };

export type JiraStandInOptions = {
  db: SqliteDb;
  now: () => number;
  /** e.g. http://localhost:8080 */
  baseUrl: string;
  /** The host dispatches these to Forge triggers. */
  onEvent: (event: JiraProductEvent) => void;
  /** From the manifest's `jira:workflowValidator` modules. */
  validatorModules?: readonly WorkflowValidatorModule[];
  appAccountId?: string;
  /** From the manifest's `jira:entityProperty` modules: makes property paths searchable in JQL. */
  entityProperties?: readonly EntityPropertyIndex[];
};

const ANONYMOUS_OK = new Set(['GET /rest/api/3/serverInfo']);

export class JiraStandIn {
  readonly knobs: JiraKnobs;
  private readonly site: Site;
  private readonly faults: FaultInjector;
  private readonly entityProperties: readonly EntityPropertyIndex[];
  /** The last unexpected error a route threw (answered as 500); for debugging the stand-in itself. */
  lastInternalError: unknown;

  constructor(opts: JiraStandInOptions) {
    createJiraTables(opts.db);
    this.site = new Site({
      db: opts.db, now: opts.now, baseUrl: opts.baseUrl.replace(/\/+$/, ''), onEvent: opts.onEvent,
      validatorModules: opts.validatorModules ?? [], appAccountId: opts.appAccountId ?? DEFAULT_APP_ACCOUNT_ID,
    });
    this.entityProperties = opts.entityProperties ?? [];
    seedBase(this.site);
    this.site.users.upsert({
      accountId: this.site.config.appAccountId, displayName: 'LineBridge', email: null, timeZone: 'Etc/UTC', locale: 'en_US', accountType: 'app', active: true,
    });
    this.faults = new FaultInjector(this.site);
    this.knobs = this.faults;
  }

  /** The stored bytes of an attachment (tests and the shell; Jira serves them at /attachment/content/{id}). */
  attachmentContent(id: string): Uint8Array | undefined {
    return this.site.appConfig.attachmentContent(Number(id));
  }

  async handle(req: StandInRequest, actor: JiraActor): Promise<StandInResponse> {
    try {
      const caller = this.callerFor(actor, `${req.method} ${req.path}`);
      const injected = this.faults.take(req.method, req.path);
      if (injected) return injected;
      const match = matchRoute(ROUTES, req.method.toUpperCase(), req.path);
      if (match.kind === 'none') throw notFound(`null for uri: ${this.site.baseUrl}${req.path}`);
      if (match.kind === 'method') {
        throw new JiraHttpError(405, ['Method Not Allowed'], {}, { allow: match.allow.join(',') });
      }
      return await match.route.handler({
        site: this.site, caller, req, params: match.params, query: req.query, entityProperties: this.entityProperties, json: lazyJson(req.body),
      });
    } catch (error) {
      if (error instanceof JiraHttpError) return errorResponse(error);
      this.lastInternalError = error;
      return errorResponse(unexpectedError());
    }
  }

  /** Maps `Authorization: Basic base64(email:token)` to a seeded user; any token is accepted. */
  authenticateBasic(authorizationHeader: string | undefined): JiraActor | undefined {
    const m = /^Basic\s+(\S+)$/i.exec(authorizationHeader?.trim() ?? '');
    if (!m) return undefined;
    const decoded = Buffer.from(m[1] ?? '', 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon <= 0) return undefined;
    const user = this.site.users.byEmail(decoded.slice(0, colon));
    return user && user.active && user.accountType === 'atlassian' ? { kind: 'user', accountId: user.accountId } : undefined;
  }

  /** Stands in for the workflow editor: the validator rules configured on one transition of a project. */
  setTransitionValidators(projectKey: string, transitionId: string, rules: readonly ValidatorRule[]): void {
    this.site.appConfig.setValidators(projectKey.toUpperCase(), transitionId, rules);
  }

  /** Stands in for the field configuration: marks a field on a screen required (or not). */
  setScreenFieldRequired(screenId: number, fieldId: string, required: boolean): boolean {
    return this.site.screens.setRequired(screenId, fieldId, required);
  }

  /** Stands in for an admin removing the app's user from `atlassian-addons-admin` (or adding it back). */
  setAppGlobalPermission(permissionKey: string, granted: boolean): void {
    if (granted) this.site.appDeniedGlobalPermissions.delete(permissionKey);
    else this.site.appDeniedGlobalPermissions.add(permissionKey);
  }

  /** Stands in for project role administration (Administrators, Members, Viewers). */
  setProjectRoles(projectKey: string, accountId: string, roles: readonly ProjectRole[]): void {
    const project = this.site.projects.find(projectKey);
    if (!project) throw new Error(`unknown project ${projectKey}`);
    this.site.users.setRoles(project.id, accountId, roles);
  }

  /** Stands in for deleting a project (Jira moves it to the trash): it and its issues vanish from REST and JQL. */
  deleteProject(projectKey: string): void {
    const project = this.site.projects.find(projectKey);
    if (!project) throw new Error(`unknown project ${projectKey}`);
    const issues = this.site.config.db.all<{ id: number }>('SELECT id FROM jira_issues WHERE project_id = ?', [project.id]);
    for (const { id } of issues) this.site.issues.delete(id);
    this.site.projects.remove(project.id);
  }

  private callerFor(actor: JiraActor, route: string): Caller {
    if (actor.kind === 'app') return { kind: 'app', accountId: this.site.config.appAccountId };
    if (actor.kind === 'user') {
      const user = this.site.users.get(actor.accountId);
      if (user && user.active) return { kind: 'user', accountId: user.accountId };
      throw notAuthenticated();
    }
    if (ANONYMOUS_OK.has(route)) return { kind: 'user', accountId: '' };
    throw notAuthenticated();
  }
}
