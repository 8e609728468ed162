// Users, groups and project roles of the stand-in site. Reads and writes rows only; permission decisions
// are made in domain/permissions.ts.
import type { SqliteDb } from '../../db/sqlite';

export type UserRecord = {
  readonly accountId: string;
  readonly displayName: string;
  readonly email: string | null;
  readonly timeZone: string;
  readonly locale: string;
  readonly accountType: 'atlassian' | 'app' | 'customer';
  readonly active: boolean;
};

type UserRow = { account_id: string; display_name: string; email: string | null; time_zone: string; locale: string; account_type: string; active: number };

const toUser = (r: UserRow): UserRecord => ({
  accountId: r.account_id,
  displayName: r.display_name,
  email: r.email,
  timeZone: r.time_zone,
  locale: r.locale,
  accountType: r.account_type === 'app' ? 'app' : r.account_type === 'customer' ? 'customer' : 'atlassian',
  active: r.active === 1,
});

export class UsersStore {
  constructor(private readonly db: SqliteDb) {}

  upsert(user: UserRecord): void {
    this.db.run(
      `INSERT INTO jira_users (account_id, display_name, email, time_zone, locale, account_type, active) VALUES (?,?,?,?,?,?,?)
       ON CONFLICT(account_id) DO UPDATE SET display_name=excluded.display_name, email=excluded.email,
       time_zone=excluded.time_zone, locale=excluded.locale, account_type=excluded.account_type, active=excluded.active`,
      [user.accountId, user.displayName, user.email, user.timeZone, user.locale, user.accountType, user.active ? 1 : 0],
    );
  }

  get(accountId: string): UserRecord | undefined {
    const row = this.db.get<UserRow>('SELECT * FROM jira_users WHERE account_id = ?', [accountId]);
    return row ? toUser(row) : undefined;
  }

  byEmail(email: string): UserRecord | undefined {
    const row = this.db.get<UserRow>('SELECT * FROM jira_users WHERE lower(email) = lower(?)', [email]);
    return row ? toUser(row) : undefined;
  }

  all(): UserRecord[] {
    return this.db.all<UserRow>('SELECT * FROM jira_users ORDER BY display_name').map(toUser);
  }

  addToGroup(group: string, accountId: string): void {
    this.db.run('INSERT OR IGNORE INTO jira_group_members (group_name, account_id) VALUES (?, ?)', [group, accountId]);
  }

  /** Members of a group ordered by account id (Jira orders by username, which it does not return). */
  membersOf(group: string): UserRecord[] {
    return this.db
      .all<UserRow>('SELECT u.* FROM jira_group_members m JOIN jira_users u ON u.account_id = m.account_id WHERE m.group_name = ? ORDER BY u.account_id', [group])
      .map(toUser);
  }

  groupsOf(accountId: string): string[] {
    return this.db
      .all<{ group_name: string }>('SELECT group_name FROM jira_group_members WHERE account_id = ? ORDER BY group_name', [accountId])
      .map((r) => r.group_name);
  }

  rolesOf(projectId: number, accountId: string): string[] {
    return this.db
      .all<{ role: string }>('SELECT role FROM jira_project_roles WHERE project_id = ? AND account_id = ? ORDER BY role', [projectId, accountId])
      .map((r) => r.role);
  }

  setRoles(projectId: number, accountId: string, roles: readonly string[]): void {
    this.db.transaction(() => {
      this.db.run('DELETE FROM jira_project_roles WHERE project_id = ? AND account_id = ?', [projectId, accountId]);
      for (const role of roles) {
        this.db.run('INSERT INTO jira_project_roles (project_id, role, account_id) VALUES (?, ?, ?)', [projectId, role, accountId]);
      }
    });
  }
}
