// Projects and their components. The issue-key sequence per project lives on the project row so keys stay
// gap-free and stable across restarts.
import type { SqliteDb } from '../../db/sqlite';

export type ProjectRecord = {
  readonly id: number;
  readonly key: string;
  readonly name: string;
  readonly description: string;
  readonly leadAccountId: string;
  readonly projectTypeKey: 'software' | 'service_desk' | 'business';
  readonly simplified: boolean;
};
export type ComponentRecord = { readonly id: number; readonly projectId: number; readonly name: string; readonly description: string };

type ProjectRow = { id: number; key: string; name: string; description: string; lead_account_id: string; project_type_key: string; simplified: number };

const toProject = (r: ProjectRow): ProjectRecord => ({
  id: r.id,
  key: r.key,
  name: r.name,
  description: r.description,
  leadAccountId: r.lead_account_id,
  projectTypeKey: r.project_type_key === 'service_desk' ? 'service_desk' : r.project_type_key === 'business' ? 'business' : 'software',
  simplified: r.simplified === 1,
});

export class ProjectsStore {
  constructor(private readonly db: SqliteDb) {}

  insert(p: ProjectRecord): void {
    this.db.run(
      'INSERT INTO jira_projects (id, key, name, description, lead_account_id, project_type_key, simplified, issue_seq) VALUES (?,?,?,?,?,?,?,0)',
      [p.id, p.key, p.name, p.description, p.leadAccountId, p.projectTypeKey, p.simplified ? 1 : 0],
    );
  }

  /** Finds a project by numeric id or key (keys are matched case-insensitively, as Jira does). */
  find(idOrKey: string): ProjectRecord | undefined {
    const row = /^\d+$/.test(idOrKey)
      ? this.db.get<ProjectRow>('SELECT * FROM jira_projects WHERE id = ?', [Number(idOrKey)])
      : this.db.get<ProjectRow>('SELECT * FROM jira_projects WHERE upper(key) = upper(?)', [idOrKey]);
    return row ? toProject(row) : undefined;
  }

  byId(id: number): ProjectRecord | undefined {
    const row = this.db.get<ProjectRow>('SELECT * FROM jira_projects WHERE id = ?', [id]);
    return row ? toProject(row) : undefined;
  }

  all(): ProjectRecord[] {
    return this.db.all<ProjectRow>('SELECT * FROM jira_projects ORDER BY key').map(toProject);
  }

  /** Deletes a project row and its components (the stand-in's "delete project"; issues are removed by the caller). */
  remove(id: number): void {
    this.db.run('DELETE FROM jira_components WHERE project_id = ?', [id]);
    this.db.run('DELETE FROM jira_projects WHERE id = ?', [id]);
  }

  nextIssueNumber(projectId: number): number {
    this.db.run('UPDATE jira_projects SET issue_seq = issue_seq + 1 WHERE id = ?', [projectId]);
    return this.db.get<{ issue_seq: number }>('SELECT issue_seq FROM jira_projects WHERE id = ?', [projectId])?.issue_seq ?? 1;
  }

  insertComponent(c: ComponentRecord): void {
    this.db.run('INSERT INTO jira_components (id, project_id, name, description) VALUES (?,?,?,?)', [c.id, c.projectId, c.name, c.description]);
  }

  components(projectId: number): ComponentRecord[] {
    return this.db
      .all<{ id: number; project_id: number; name: string; description: string }>('SELECT * FROM jira_components WHERE project_id = ? ORDER BY name', [projectId])
      .map((r) => ({ id: r.id, projectId: r.project_id, name: r.name, description: r.description }));
  }
}
