// The stand-in's state and configuration as one object handed to every route: stores over the shared
// SQLite file, the clock, the base URL, the event sink and the knobs. Holds no request state.
import type { SqliteDb } from '../../db/sqlite';
import { AppConfigStore } from '../store/app-config-store';
import { ChangelogStore } from '../store/changelog-store';
import { CommentsStore } from '../store/comments-store';
import { FieldsStore } from '../store/fields-store';
import { IssuesStore } from '../store/issues-store';
import { ProjectsStore } from '../store/projects-store';
import { PropertiesStore } from '../store/properties-store';
import { ScreensStore } from '../store/screens-store';
import { UsersStore } from '../store/users-store';

export type JiraProductEvent = { readonly eventType: string; readonly payload: Record<string, unknown>; readonly causedByApp: boolean };
export type WorkflowValidatorModule = { readonly key: string; readonly expression?: string; readonly errorMessage?: string };

export type SiteConfig = {
  readonly db: SqliteDb;
  readonly now: () => number;
  readonly baseUrl: string;
  readonly onEvent: (event: JiraProductEvent) => void;
  readonly validatorModules: readonly WorkflowValidatorModule[];
  readonly appAccountId: string;
};

export class Site {
  readonly users: UsersStore;
  readonly projects: ProjectsStore;
  readonly issues: IssuesStore;
  readonly changelog: ChangelogStore;
  readonly comments: CommentsStore;
  readonly properties: PropertiesStore;
  readonly fields: FieldsStore;
  readonly screens: ScreensStore;
  readonly appConfig: AppConfigStore;
  /** Search index lag: issues written less than this many ms ago are invisible to JQL search. */
  searchVisibilityDelayMs = 0;
  /** Global permissions the app's user lost (an admin removed it from atlassian-addons-admin). */
  readonly appDeniedGlobalPermissions = new Set<string>();

  constructor(readonly config: SiteConfig) {
    const db = config.db;
    this.users = new UsersStore(db);
    this.projects = new ProjectsStore(db);
    this.issues = new IssuesStore(db);
    this.changelog = new ChangelogStore(db);
    this.comments = new CommentsStore(db);
    this.properties = new PropertiesStore(db);
    this.fields = new FieldsStore(db);
    this.screens = new ScreensStore(db);
    this.appConfig = new AppConfigStore(db);
  }

  get db(): SqliteDb {
    return this.config.db;
  }

  get baseUrl(): string {
    return this.config.baseUrl;
  }

  now(): number {
    return this.config.now();
  }

  emit(event: JiraProductEvent): void {
    this.config.onEvent(event);
  }

  /** REST v3 URL under the site's base URL. */
  api(path: string): string {
    return `${this.config.baseUrl}/rest/api/3${path}`;
  }
}
