// Grows the demo site to `target` SUP issues by copying the seeded ones by SQL (with changelogs, comments,
// issue properties and, optionally, the CSAT ratings the app keeps in KVS): ids shift by 100,000 and keys by
// 1,000 per copy. Seeding thousands of issues through REST takes minutes and would measure the seed.
import type { LocalHost } from '../sandbox/host/local-host';

export function growSupIssues(host: LocalHost, target: number, opts: { readonly copyRatings: boolean }): number {
  const db = host.db;
  const count = (): number => Number(db.get<{ n: number }>("SELECT COUNT(*) AS n FROM jira_issues WHERE key LIKE 'SUP-%'")?.n ?? 0);
  const seeded = db.all<{ id: number; key: string }>("SELECT id, key FROM jira_issues WHERE key LIKE 'SUP-%' AND CAST(substr(key, 5) AS INTEGER) > 3 ORDER BY id");
  const maxChange = Number(db.get<{ n: number }>('SELECT MAX(id) AS n FROM jira_changelog')?.n ?? 0);
  const maxComment = Number(db.get<{ n: number }>('SELECT MAX(id) AS n FROM jira_comments')?.n ?? 0);
  const span = (seeded[seeded.length - 1]?.id ?? 0) - (seeded[0]?.id ?? 0);
  if (span >= 100_000 || maxChange >= 1_000_000 || maxComment >= 1_000_000) throw new Error('demo ids too large to copy without collisions');
  for (let copy = 1; count() < target; copy++) {
    const take = Math.min(seeded.length, target - count());
    const ids = seeded.slice(0, take).map((r) => r.id);
    const maxId = ids[ids.length - 1] ?? 0;
    const shift = copy * 100_000;
    const where = `issue_id BETWEEN ${ids[0] ?? 0} AND ${maxId}`;
    db.run(`INSERT INTO jira_issues SELECT id + ${shift}, project_id, 'SUP-' || (CAST(substr(key, 5) AS INTEGER) + ${copy * 1000}), issue_type_id, summary, description, status_id, priority_id, assignee, reporter, creator, labels, components, resolution_id, resolution_date, created, updated, custom FROM jira_issues WHERE id BETWEEN ${ids[0] ?? 0} AND ${maxId} AND key LIKE 'SUP-%' AND CAST(substr(key, 5) AS INTEGER) > 3`);
    db.run(`INSERT INTO jira_changelog SELECT id + ${copy * 1_000_000}, issue_id + ${shift}, author, created, items FROM jira_changelog WHERE ${where}`);
    db.run(`INSERT INTO jira_comments SELECT id + ${copy * 1_000_000}, issue_id + ${shift}, author, update_author, body, created, updated, visibility, jsd_public, properties FROM jira_comments WHERE ${where}`);
    db.run(`INSERT INTO jira_issue_properties SELECT issue_id + ${shift}, key, value FROM jira_issue_properties WHERE ${where}`);
    if (!opts.copyRatings) continue;
    // The seeded CSAT ratings live in the app's KVS under the issue id (`lb:r:<issueId>:<cycle>`): copy them too.
    const id = "CAST(substr(key, 6, instr(substr(key, 6), ':') - 1) AS INTEGER)";
    db.run(`INSERT INTO kvs_items SELECT ns, entity, 'lb:r:' || (${id} + ${shift}) || substr(key, 5 + instr(substr(key, 6), ':')), json_set(value, '$.issueId', CAST(${id} + ${shift} AS TEXT)), created_at, updated_at, expire_at FROM kvs_items WHERE key LIKE 'lb:r:%' AND ${id} BETWEEN ${ids[0] ?? 0} AND ${maxId}`);
  }
  db.run("UPDATE jira_projects SET issue_seq = (SELECT MAX(CAST(substr(key, 5) AS INTEGER)) FROM jira_issues WHERE key LIKE 'SUP-%') WHERE key = 'SUP'");
  return count();
}
