// Seeds the demo site once, when the stand-in's tables are empty: users and groups, project SUP with roles
// and components, the default screens, and three example issues with a plausible history. Deterministic
// (everything is relative to the injected clock); never runs over existing data.
import { SCREEN, STATUS } from './catalog';
import { diffItems } from './domain/issue-commit';
import type { Site } from './domain/site';
import { textToAdf } from './adf';
import type { IssueRecord } from './store/issues-store';
import { nextId } from './store/schema';
import { SEED_USERS, seedUser } from './seed-users';

export { SEED_USERS, type SeedUser, type SeedRole } from './seed-users';

const HOUR = 3_600_000;
const LINE_GROUPS: Readonly<Partial<Record<string, string>>> = { line1: 'support-line-1', line2: 'support-line-2', lead: 'support-leads' };

function seedPeople(site: Site): void {
  for (const u of SEED_USERS) {
    site.users.upsert({ accountId: u.accountId, displayName: u.displayName, email: u.email, timeZone: u.timeZone, locale: u.locale, accountType: 'atlassian', active: true });
    site.users.addToGroup('jira-software-users', u.accountId);
    if (u.role === 'admin') site.users.addToGroup('jira-admins', u.accountId);
    // The support-line groups LineBridge's General settings name by default (who is line 1 or line 2).
    const line = LINE_GROUPS[u.role];
    if (line) site.users.addToGroup(line, u.accountId);
  }
}

function seedProject(site: Site): void {
  const lead = seedUser('lead');
  site.projects.insert({ id: 10000, key: 'SUP', name: 'Support', description: 'Client support: two lines, one queue.', leadAccountId: lead.accountId, projectTypeKey: 'software', simplified: false });
  for (const u of SEED_USERS) {
    const roles = u.role === 'admin' ? ['Administrators'] : u.role === 'lead' ? ['Administrators', 'Members'] : ['Members'];
    site.users.setRoles(10000, u.accountId, roles);
  }
  for (const name of ['Billing', 'Mobile app', 'Public API']) {
    site.projects.insertComponent({ id: nextId(site.db, 'component'), projectId: 10000, name, description: '' });
  }
}

function seedScreens(site: Site): void {
  const screens: [number, string, string, string[]][] = [
    [SCREEN.DEFAULT, 'Default Screen', 'Allows to update all system fields.', ['summary', 'issuetype', 'priority', 'description', 'assignee', 'reporter', 'labels', 'components']],
    [SCREEN.RESOLVE, 'Resolve Issue Screen', 'Allows to set resolution, change fix versions and assign an issue.', ['resolution', 'description']],
    [SCREEN.WORKFLOW, 'Workflow Screen', 'This screen is used in the workflow and enables you to assign issues.', ['description']],
  ];
  for (const [id, name, description, fields] of screens) {
    site.screens.insertScreen({ id, name, description });
    const tabId = nextId(site.db, 'screentab');
    site.screens.insertTab({ id: tabId, screenId: id, name: 'Field Tab' });
    for (const f of fields) site.screens.addField(tabId, f);
  }
}

type Step = { readonly at: number; readonly by: string; readonly change: Partial<IssueRecord> };

function seedIssue(site: Site, base: Omit<IssueRecord, 'id' | 'key' | 'updated'>, steps: readonly Step[]): void {
  let issue: IssueRecord = { ...base, id: nextId(site.db, 'issue'), key: `SUP-${site.projects.nextIssueNumber(10000)}`, updated: base.created };
  site.issues.insert(issue);
  for (const step of steps) {
    const next: IssueRecord = { ...issue, ...step.change, updated: step.at };
    site.changelog.insert({ id: nextId(site.db, 'changelog'), issueId: issue.id, author: step.by, created: step.at, items: diffItems(site, issue, next) });
    issue = next;
  }
  site.issues.update(issue);
}

function seedIssues(site: Site, now: number): void {
  const [anna, ben] = [seedUser('line1', 0).accountId, seedUser('line1', 1).accountId];
  const [chen, dmitri] = [seedUser('line2', 0).accountId, seedUser('line2', 1).accountId];
  const farah = seedUser('lead').accountId;
  const common = { projectId: 10000, labels: [], components: [], resolutionId: null, resolutionDate: null, custom: {}, assignee: null };
  const t1 = now - 5 * HOUR;
  seedIssue(site, { ...common, issueTypeId: '10001', summary: 'Payment page returns 502 for all clients', description: textToAdf('Every client sees a 502 on the payment page since 09:40.'), statusId: STATUS.NEW, priorityId: '1', reporter: anna, creator: anna, created: t1, labels: ['payments'] }, [
    { at: t1 + 10 * 60_000, by: anna, change: { statusId: STATUS.OPEN } },
    { at: t1 + 25 * 60_000, by: chen, change: { assignee: chen, statusId: STATUS.IN_PROGRESS } },
  ]);
  const t2 = now - 30 * HOUR;
  seedIssue(site, { ...common, issueTypeId: '10003', summary: 'How do I export invoices as CSV?', description: textToAdf('The client asks where the CSV export of invoices is.'), statusId: STATUS.NEW, priorityId: '4', reporter: ben, creator: ben, created: t2 }, [
    { at: t2 + HOUR, by: ben, change: { statusId: STATUS.OPEN, assignee: ben } },
    { at: t2 + 2 * HOUR, by: ben, change: { statusId: STATUS.WAITING } },
  ]);
  const t3 = now - 72 * HOUR;
  seedIssue(site, { ...common, issueTypeId: '10002', summary: 'Renew the TLS certificate of the public API', description: null, statusId: STATUS.NEW, priorityId: '3', reporter: farah, creator: farah, created: t3, components: ['10002'] }, [
    { at: t3 + HOUR, by: farah, change: { statusId: STATUS.OPEN, assignee: dmitri } },
    { at: t3 + 3 * HOUR, by: dmitri, change: { statusId: STATUS.IN_PROGRESS } },
    { at: t3 + 20 * HOUR, by: dmitri, change: { statusId: STATUS.RESOLVED, resolutionId: '10000', resolutionDate: t3 + 20 * HOUR } },
  ]);
}

/** Seeds the base site when no project exists yet; returns whether it seeded. */
export function seedBase(site: Site): boolean {
  const count = Number(site.db.get('SELECT count(*) AS n FROM jira_projects')?.n ?? 0);
  if (count > 0) return false;
  site.db.transaction(() => {
    seedPeople(site);
    seedProject(site);
    seedScreens(site);
    seedIssues(site, site.now());
  });
  return true;
}
