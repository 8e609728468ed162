// Small Jira pieces used across pages: status lozenge coloured by category, user with avatar, priority
// and issue type icons. Presentational; they read Jira REST shapes defensively.
import Lozenge, { type ThemeAppearance } from '@atlaskit/lozenge';
import { asRecord, asString, localUrl } from '../json';

const APPEARANCE: Readonly<Record<string, ThemeAppearance>> = { new: 'default', indeterminate: 'inprogress', done: 'success' };

export function StatusLozenge({ status }: { readonly status: unknown }) {
  const s = asRecord(status);
  const category = asString(asRecord(s.statusCategory).key);
  return <Lozenge appearance={APPEARANCE[category] ?? 'default'}>{asString(s.name)}</Lozenge>;
}

export function UserBadge({ user, fallback = 'Unassigned' }: { readonly user: unknown; readonly fallback?: string }) {
  const u = asRecord(user);
  const id = asString(u.accountId);
  if (!id) return <span className="lb-user lb-muted">{fallback}</span>;
  return (
    <span className="lb-user">
      <img src={`/images/avatars/${encodeURIComponent(id)}.svg?size=24`} alt="" width={24} height={24} className="lb-avatar" />
      <span>{asString(u.displayName, id)}</span>
    </span>
  );
}

export function IconLabel({ value, showLabel = true }: { readonly value: unknown; readonly showLabel?: boolean }) {
  const v = asRecord(value);
  const name = asString(v.name);
  if (!name) return <span className="lb-muted">None</span>;
  const icon = asString(v.iconUrl);
  return (
    <span className="lb-icon-label" title={showLabel ? undefined : name}>
      {icon && <img src={localUrl(icon)} alt={showLabel ? '' : name} width={16} height={16} />}
      {showLabel && <span>{name}</span>}
    </span>
  );
}
