// History routing over Jira's own page paths (/browse/SUP-1, /jira/...), so router.navigate('/browse/KEY')
// from an app lands where it would in Jira. Parses a path into a Route; never fetches anything.
import { useSyncExternalStore, type MouseEvent, type ReactNode } from 'react';

export type Route =
  | { readonly page: 'issues'; readonly projectKey: string; readonly jql: string | null }
  | { readonly page: 'issue'; readonly issueKey: string }
  | { readonly page: 'dashboard'; readonly dashboardId: string }
  | { readonly page: 'globalPage'; readonly moduleKey: string }
  | { readonly page: 'projectPage'; readonly projectKey: string; readonly moduleKey: string }
  | { readonly page: 'manageApps' }
  | { readonly page: 'adminPage'; readonly moduleKey: string }
  | { readonly page: 'telegram'; readonly chatId: number | null }
  | { readonly page: 'notFound'; readonly path: string };

export const DEFAULT_PROJECT = 'SUP';
const CHANGE = 'lb:navigate';

export const paths = {
  issues: (projectKey: string, jql?: string): string => `/jira/software/c/projects/${projectKey}/issues${jql ? `?jql=${encodeURIComponent(jql)}` : ''}`,
  issue: (key: string): string => `/browse/${key}`,
  dashboard: (id = '10000'): string => `/jira/dashboards/${id}`,
  globalPage: (moduleKey: string): string => `/jira/apps/${moduleKey}`,
  projectPage: (projectKey: string, moduleKey: string): string => `/jira/software/c/projects/${projectKey}/apps/${moduleKey}`,
  manageApps: (): string => '/jira/settings/apps',
  adminPage: (moduleKey: string): string => `/jira/settings/apps/${moduleKey}`,
  /** The sandbox's Telegram pane (not a Jira page): the stand-in's chats as people see them. */
  telegram: (chatId?: number): string => `/jira/telegram${chatId === undefined ? '' : `/${chatId}`}`,
};

export function parseRoute(pathname: string, search: string): Route {
  const seg = pathname.split('/').filter(Boolean).map(decodeURIComponent);
  const q = new URLSearchParams(search);
  if (seg.length === 0) return { page: 'issues', projectKey: DEFAULT_PROJECT, jql: q.get('jql') };
  if (seg[0] === 'browse' && seg[1]) return { page: 'issue', issueKey: seg[1].toUpperCase() };
  if (seg[0] !== 'jira') return { page: 'notFound', path: pathname };
  const rest = seg.slice(1);
  if (rest[0] === 'telegram') return { page: 'telegram', chatId: rest[1] && /^-?\d+$/.test(rest[1]) ? Number(rest[1]) : null };
  if (rest[0] === 'dashboards') return { page: 'dashboard', dashboardId: rest[1] ?? '10000' };
  if (rest[0] === 'apps' && rest[1]) return { page: 'globalPage', moduleKey: rest[1] };
  if (rest[0] === 'settings' && rest[1] === 'apps') return rest[2] ? { page: 'adminPage', moduleKey: rest[2] } : { page: 'manageApps' };
  const project = rest[0] === 'software' && rest[1] === 'c' && rest[2] === 'projects' ? rest[3] : undefined;
  if (project && rest[4] === 'issues') return { page: 'issues', projectKey: project.toUpperCase(), jql: q.get('jql') };
  if (project && rest[4] === 'apps' && rest[5]) return { page: 'projectPage', projectKey: project.toUpperCase(), moduleKey: rest[5] };
  if (project && !rest[4]) return { page: 'issues', projectKey: project.toUpperCase(), jql: null };
  if (rest.length === 0) return { page: 'issues', projectKey: DEFAULT_PROJECT, jql: null };
  return { page: 'notFound', path: pathname };
}

export function navigate(to: string, replace = false): void {
  const url = new URL(to, location.origin);
  if (url.origin !== location.origin) {
    window.open(url.href, '_blank', 'noopener');
    return;
  }
  if (url.pathname + url.search === location.pathname + location.search) return;
  if (replace) history.replaceState(null, '', url.pathname + url.search);
  else history.pushState(null, '', url.pathname + url.search);
  window.dispatchEvent(new Event(CHANGE));
  window.scrollTo(0, 0);
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(CHANGE, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(CHANGE, onChange);
  };
}

const snapshot = (): string => location.pathname + location.search;

export function useRoute(): Route {
  const current = useSyncExternalStore(subscribe, snapshot);
  const url = new URL(current, location.origin);
  return parseRoute(url.pathname, url.search);
}

type LinkProps = { readonly to: string; readonly children: ReactNode; readonly className?: string; readonly testId?: string; readonly ariaCurrent?: boolean };

export function Link({ to, children, className, testId, ariaCurrent }: LinkProps) {
  const onClick = (e: MouseEvent<HTMLAnchorElement>): void => {
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    navigate(to);
  };
  return (
    <a href={to} onClick={onClick} className={className} data-testid={testId} aria-current={ariaCurrent ? 'page' : undefined}>
      {children}
    </a>
  );
}
