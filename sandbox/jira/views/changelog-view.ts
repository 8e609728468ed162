// Jira's change history JSON. REST pages carry `created` as a timestamp string; bulkfetch carries it as an
// epoch-millisecond number (a real Jira quirk the spec does not show).
import type { Site } from '../domain/site';
import { formatJiraDate } from '../format';
import type { ChangeHistory, ChangeItem } from '../store/changelog-store';
import { userRef } from './user-view';

export function itemJson(i: ChangeItem): Record<string, unknown> {
  return { field: i.field, fieldtype: i.fieldtype, fieldId: i.fieldId, from: i.from, fromString: i.fromString, to: i.to, toString: i.toString };
}

export function historyJson(site: Site, h: ChangeHistory, createdAs: 'string' | 'epoch' = 'string', items = h.items): Record<string, unknown> {
  const author = userRef(site, h.author);
  return {
    id: String(h.id),
    ...(author ? { author } : {}),
    created: createdAs === 'epoch' ? h.created : formatJiraDate(h.created),
    items: items.map(itemJson),
  };
}
