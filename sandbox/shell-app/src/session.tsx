// The signed-in person, the theme and what the host knows (app modules, ids), for the whole shell.
// Switching user re-renders every page and frame as that person (Jira would sign in again).
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { loadStatus, loadUsers, setRequestAccount } from './host/host-client';
import { setKnownModules } from './host/navigation';
import { applyShellTheme, initialTheme } from './theme';
import type { HostStatus, ShellModule, ShellUser, ThemeMode } from './types';

export type Session = {
  readonly status: HostStatus;
  readonly users: readonly ShellUser[];
  readonly user: ShellUser;
  readonly theme: ThemeMode;
  readonly setUser: (accountId: string) => void;
  readonly setTheme: (mode: ThemeMode) => void;
  readonly modulesOf: (type: string) => readonly ShellModule[];
};

const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside <SessionProvider>');
  return session;
}

function pickUser(users: readonly ShellUser[]): ShellUser | undefined {
  const wanted = new URLSearchParams(location.search).get('as') ?? localStorage.getItem('lb.account');
  return users.find((u) => u.accountId === wanted) ?? users.find((u) => u.role === 'line2') ?? users[0];
}

type Boot = { readonly status: HostStatus; readonly users: readonly ShellUser[] } | { readonly error: string } | null;

export function SessionProvider({ children, fallback }: { readonly children: ReactNode; readonly fallback: (error: string | null) => ReactNode }) {
  const [boot, setBoot] = useState<Boot>(null);
  const [accountId, setAccountId] = useState('');
  const [theme, setThemeState] = useState<ThemeMode>(initialTheme);

  useEffect(() => {
    Promise.all([loadStatus(), loadUsers()]).then(
      ([status, users]) => {
        setKnownModules(status.modules);
        setAccountId(pickUser(users)?.accountId ?? '');
        setBoot({ status, users });
      },
      (error: unknown) => setBoot({ error: error instanceof Error ? error.message : String(error) }),
    );
  }, []);

  useEffect(() => applyShellTheme(theme), [theme]);

  const setUser = useCallback((id: string) => {
    localStorage.setItem('lb.account', id);
    setAccountId(id);
  }, []);

  const value = useMemo((): Session | null => {
    if (!boot || 'error' in boot) return null;
    const user = boot.users.find((u) => u.accountId === accountId);
    if (!user) return null;
    setRequestAccount(user.accountId);
    return {
      status: boot.status, users: boot.users, user, theme, setUser, setTheme: setThemeState,
      modulesOf: (type) => boot.status.modules.filter((m) => m.type === type),
    };
  }, [boot, accountId, theme, setUser]);

  if (!value) return <>{fallback(boot && 'error' in boot ? boot.error : null)}</>;
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}
