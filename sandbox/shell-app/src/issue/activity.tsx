// The Activity section: All / Comments / History tabs, newest first, as Jira shows them;
// comments render their ADF body, history lists each changed field with its old and new value.
import Tabs, { Tab, TabList, TabPanel } from '@atlaskit/tabs';
import { formatDateTime } from '../forms/date-time';
import { asArray, asRecord, asString, type Json } from '../json';
import { avatarUrl } from '../chrome/user-switcher';
import { AdfView } from './adf-view';

type Entry = { readonly id: string; readonly at: string; readonly kind: 'comment' | 'history' | 'created'; readonly author: Json; readonly data: Json };
type Props = { readonly comments: readonly unknown[]; readonly histories: readonly unknown[]; readonly created: { at: string; by: unknown }; readonly timeZone: string };

function Who({ author, action, at, timeZone }: { author: Json; action: string; at: string; timeZone: string }) {
  return (
    <div className="lb-activity-head">
      <strong>{asString(author.displayName, 'Someone')}</strong> <span>{action}</span> <span className="lb-muted">{formatDateTime(at, timeZone)}</span>
    </div>
  );
}

function Item({ entry, timeZone }: { readonly entry: Entry; readonly timeZone: string }) {
  const id = asString(entry.author.accountId);
  return (
    <li className="lb-activity-item" data-testid={`activity-${entry.kind}`}>
      <img src={avatarUrl(id || 'unknown')} alt="" width={32} height={32} className="lb-avatar" />
      <div className="lb-activity-body">
        {entry.kind === 'comment' && (
          <>
            <Who author={entry.author} action="" at={entry.at} timeZone={timeZone} />
            <AdfView doc={entry.data.body} />
          </>
        )}
        {entry.kind === 'created' && <Who author={entry.author} action="created the Issue" at={entry.at} timeZone={timeZone} />}
        {entry.kind === 'history' &&
          asArray(entry.data.items).map((raw, i) => {
            // Jira names the new value `toString`: read it as data, not as Object.prototype.toString.
            const item = asRecord(raw) as { field?: unknown; fromString?: unknown; toString?: unknown };
            return (
              <div key={i} className="lb-history-item">
                <Who author={entry.author} action={`changed the ${asString(item.field)}`} at={entry.at} timeZone={timeZone} />
                <div className="lb-history-change">
                  {asString(item.fromString) ? <span className="lb-history-from">{asString(item.fromString)}</span> : <span className="lb-muted">None</span>}
                  <span aria-label="changed to"> → </span>
                  <span>{asString(item.toString) || 'None'}</span>
                </div>
              </div>
            );
          })}
      </div>
    </li>
  );
}

export function Activity({ comments, histories, created, timeZone }: Props) {
  const commentEntries: Entry[] = comments.map((c) => {
    const r = asRecord(c);
    return { id: `c${asString(r.id)}`, at: asString(r.created), kind: 'comment', author: asRecord(r.author), data: r };
  });
  const historyEntries: Entry[] = [
    ...histories.map((h): Entry => {
      const r = asRecord(h);
      return { id: `h${asString(r.id)}`, at: asString(r.created), kind: 'history', author: asRecord(r.author), data: r };
    }),
    { id: 'created', at: created.at, kind: 'created', author: asRecord(created.by), data: {} },
  ];
  const newestFirst = (list: Entry[]): Entry[] => [...list].sort((a, b) => b.at.localeCompare(a.at));
  const list = (entries: Entry[], empty: string) => (
    <div className="lb-tab-panel">
      {entries.length === 0 ? <p className="lb-muted">{empty}</p> : <ul className="lb-activity">{newestFirst(entries).map((e) => <Item key={e.id} entry={e} timeZone={timeZone} />)}</ul>}
    </div>
  );
  return (
    <Tabs id="issue-activity" defaultSelected={1}>
      <TabList>
        <Tab>All</Tab>
        <Tab>Comments</Tab>
        <Tab>History</Tab>
      </TabList>
      <TabPanel>{list([...commentEntries, ...historyEntries], 'No activity yet.')}</TabPanel>
      <TabPanel>{list(commentEntries, 'There are no comments yet on this issue.')}</TabPanel>
      <TabPanel>{list(historyEntries, 'No history yet.')}</TabPanel>
    </Tabs>
  );
}
