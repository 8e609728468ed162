// The profile button at the top right, turned into the sandbox's user switcher: the seeded people with
// their role; choosing one signs in as that person (frames reload with their context and locale).
import { useSession } from '../session';
import { ROLE_LABEL } from '../types';
import { PopupMenu } from './popup-menu';

export const avatarUrl = (accountId: string, size = 32): string => `/images/avatars/${encodeURIComponent(accountId)}.svg?size=${size}`;

export function UserSwitcher() {
  const { users, user, setUser } = useSession();
  return (
    <PopupMenu
      label="Switch user"
      heading="Sign in as (sandbox)"
      align="end"
      items={users.map((u) => ({
        key: u.accountId,
        label: u.displayName,
        description: `${ROLE_LABEL[u.role]} · ${u.locale}`,
        icon: <img src={avatarUrl(u.accountId)} alt="" width={24} height={24} className="lb-avatar" />,
        selected: u.accountId === user.accountId,
        onSelect: () => setUser(u.accountId),
        testId: `user-${u.role}-${u.accountId}`,
      }))}
      trigger={({ open, toggle, id }) => (
        <button
          type="button"
          className="lb-profile-button"
          aria-haspopup="menu"
          aria-expanded={open}
          aria-controls={open ? id : undefined}
          onClick={toggle}
          data-testid="user-switcher"
        >
          <img src={avatarUrl(user.accountId)} alt="" width={28} height={28} className="lb-avatar" />
          <span className="lb-visually-hidden">Switch user, signed in as </span>
          <span className="lb-profile-name">{user.displayName}</span>
          <span className="lb-profile-role">{ROLE_LABEL[user.role]}</span>
        </button>
      )}
    />
  );
}
