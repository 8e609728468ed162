// Persists an issue change the way Jira does: one change history with an item per changed field (status
// and resolution last), `updated` bumped, then the Forge product events. No validation here.
import type { ChangeHistory, ChangeItem } from '../store/changelog-store';
import type { IssueRecord } from '../store/issues-store';
import { nextId } from '../store/schema';
import { emitUpdated } from './events';
import { allFields } from './fields/field-defs';
import { changeItems } from './fields/field-describe';
import { getValue, type Mutable } from './fields/field-access';
import type { Caller } from './permissions';
import type { Site } from './site';

const TRAILING = ['resolution', 'status'];

export function diffItems(site: Site, before: IssueRecord, after: IssueRecord): ChangeItem[] {
  const defs = allFields(site).filter((d) => d.settable || d.id === 'status');
  const ordered = [...defs.filter((d) => !TRAILING.includes(d.id)), ...TRAILING.flatMap((id) => defs.filter((d) => d.id === id))];
  return ordered.flatMap((def) => changeItems(site, def, getValue(before, def.id), getValue(after, def.id)));
}

/** Saves `after`; when something changed, records the history and emits the events. Returns the history. */
export function commitUpdate(site: Site, caller: Caller, before: IssueRecord, after: IssueRecord): ChangeHistory | undefined {
  const items = diffItems(site, before, after);
  if (items.length === 0) return undefined;
  const now = site.now();
  const saved: Mutable<IssueRecord> = { ...after, updated: now };
  const history: ChangeHistory = { id: nextId(site.db, 'changelog'), issueId: before.id, author: caller.accountId, created: now, items };
  site.db.transaction(() => {
    site.issues.update(saved);
    site.changelog.insert(history);
  });
  emitUpdated(site, caller, saved, history);
  return history;
}
