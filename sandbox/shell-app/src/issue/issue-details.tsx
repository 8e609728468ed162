// The "Details" group of the issue's right column: assignee, reporter, priority, labels, components,
// resolution and every custom field that has a value, named from the issue's `names` expansion.
import { IconLabel, UserBadge } from '../common/jira-bits';
import { formatDateTime, parseJiraDate } from '../forms/date-time';
import { asArray, asRecord, asString, isRecord, type Json } from '../json';
import { AdfView } from './adf-view';

function CustomValue({ value, timeZone }: { readonly value: unknown; readonly timeZone: string }) {
  if (typeof value === 'string') return <span>{/^\d{4}-\d\d-\d\dT/.test(value) && parseJiraDate(value) ? formatDateTime(value, timeZone) : value}</span>;
  if (typeof value === 'number' || typeof value === 'boolean') return <span>{String(value)}</span>;
  if (Array.isArray(value)) return <span>{value.map((v) => (isRecord(v) ? asString(v.value) || asString(v.name) || asString(v.displayName) : asString(v))).join(', ')}</span>;
  const r = asRecord(value);
  if (r.type === 'doc') return <AdfView doc={r} />;
  if (r.accountId) return <UserBadge user={r} />;
  return <span>{asString(r.value) || asString(r.name) || JSON.stringify(value)}</span>;
}

const present = (v: unknown): boolean => v !== null && v !== undefined && v !== '' && !(Array.isArray(v) && v.length === 0);

export function IssueDetails({ fields, names, timeZone }: { readonly fields: Json; readonly names: Json; readonly timeZone: string }) {
  const custom = Object.keys(fields).filter((k) => k.startsWith('customfield_') && present(fields[k])).sort();
  const labels = asArray(fields.labels).map((l) => asString(l));
  const components = asArray(fields.components).map((c) => asString(asRecord(c).name));
  return (
    <section className="lb-details" aria-labelledby="details-heading">
      <h2 id="details-heading">Details</h2>
      <dl>
        <dt>Assignee</dt>
        <dd><UserBadge user={fields.assignee} /></dd>
        <dt>Reporter</dt>
        <dd><UserBadge user={fields.reporter} fallback="Anonymous" /></dd>
        <dt>Priority</dt>
        <dd><IconLabel value={fields.priority} /></dd>
        <dt>Labels</dt>
        <dd>{labels.length > 0 ? labels.map((l) => <span className="lb-tag" key={l}>{l}</span>) : <span className="lb-muted">None</span>}</dd>
        <dt>Components</dt>
        <dd>{components.length > 0 ? components.join(', ') : <span className="lb-muted">None</span>}</dd>
        <dt>Resolution</dt>
        <dd>{asString(asRecord(fields.resolution).name) || <span className="lb-muted">Unresolved</span>}</dd>
        {custom.map((k) => (
          <div key={k} className="lb-details-row">
            <dt>{asString(names[k], k)}</dt>
            <dd><CustomValue value={fields[k]} timeZone={timeZone} /></dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
