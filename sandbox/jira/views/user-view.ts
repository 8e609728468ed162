// Jira's user JSON: the short form embedded in issues/comments/changelogs (UserDetails) and the full form
// of /myself and /user (User with groups and application roles). Emails are shown (the site allows it).
import type { Site } from '../domain/site';
import type { UserRecord } from '../store/users-store';

export function avatarUrls(site: Site, seed: string): Record<'48x48' | '24x24' | '16x16' | '32x32', string> {
  const url = (size: number): string => `${site.baseUrl}/images/avatars/${encodeURIComponent(seed)}.svg?size=${size}`;
  return { '48x48': url(48), '24x24': url(24), '16x16': url(16), '32x32': url(32) };
}

export function userDetails(site: Site, user: UserRecord): Record<string, unknown> {
  return {
    self: site.api(`/user?accountId=${encodeURIComponent(user.accountId)}`),
    accountId: user.accountId,
    ...(user.email !== null ? { emailAddress: user.email } : {}),
    avatarUrls: avatarUrls(site, user.accountId),
    displayName: user.displayName,
    active: user.active,
    timeZone: user.timeZone,
    accountType: user.accountType,
  };
}

/** Short user JSON for an account id, or null (unassigned / unknown accounts render as null like Jira). */
export function userRef(site: Site, accountId: string | null): Record<string, unknown> | null {
  if (accountId === null) return null;
  const user = site.users.get(accountId);
  return user ? userDetails(site, user) : null;
}

export function fullUser(site: Site, user: UserRecord): Record<string, unknown> {
  const groups = site.users.groupsOf(user.accountId);
  const roles = user.accountType === 'atlassian' ? [{ key: 'jira-software', name: 'Jira Software' }] : [];
  return {
    self: site.api(`/user?accountId=${encodeURIComponent(user.accountId)}`),
    accountId: user.accountId,
    accountType: user.accountType,
    ...(user.email !== null ? { emailAddress: user.email } : {}),
    avatarUrls: avatarUrls(site, user.accountId),
    displayName: user.displayName,
    active: user.active,
    timeZone: user.timeZone,
    locale: user.locale,
    groups: { size: groups.length, items: groups.map((name) => ({ name, groupId: groupId(name), self: site.api(`/group?groupId=${groupId(name)}`) })) },
    applicationRoles: { size: roles.length, items: roles },
    expand: 'groups,applicationRoles',
  };
}

/** Stable UUID-looking group id derived from the group name (Jira Cloud groups have UUID ids). */
export function groupId(name: string): string {
  let h = 2166136261;
  for (const ch of name) h = Math.imul(h ^ (ch.codePointAt(0) ?? 0), 16777619) >>> 0;
  const hex = (h.toString(16).padStart(8, '0') + name.length.toString(16).padStart(4, '0')).repeat(3);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
