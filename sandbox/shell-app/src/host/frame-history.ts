// view.createHistory() for full-page modules: a history object (the `history` package's shape) whose
// locations are relative to the module's page path, kept in the browser's address bar as Jira does.
import type { FrameEntry } from './frame-registry';

type Location = { pathname: string; search: string; hash: string; state: unknown; key: string };
type Listener = (location: Location, action: string) => void;

function current(base: string): Location {
  const rest = location.pathname.startsWith(base) ? location.pathname.slice(base.length) : '';
  return { pathname: rest === '' ? '/' : rest, search: location.search, hash: location.hash, state: history.state as unknown, key: 'default' };
}

export function createFrameHistory(frame: FrameEntry): unknown {
  const base = (frame.basePath ?? location.pathname).replace(/\/+$/, '');
  const listeners = new Set<Listener>();
  const notify = (action: string): void => {
    const loc = current(base);
    obj.location = loc;
    for (const l of listeners) l(loc, action);
  };
  const target = (to: unknown): string => {
    if (typeof to === 'string') return to.startsWith('/') ? base + to : `${base}/${to}`;
    const t = (to ?? {}) as Partial<Location>;
    return `${base}${t.pathname ?? '/'}${t.search ?? ''}${t.hash ?? ''}`;
  };
  const onPop = (): void => notify('POP');
  window.addEventListener('popstate', onPop);
  const obj = {
    action: 'POP',
    location: current(base),
    get length(): number {
      return history.length;
    },
    push(to: unknown, state?: unknown): void {
      history.pushState(state ?? null, '', target(to));
      notify('PUSH');
    },
    replace(to: unknown, state?: unknown): void {
      history.replaceState(state ?? null, '', target(to));
      notify('REPLACE');
    },
    go: (n: number): void => history.go(n),
    back: (): void => history.back(),
    forward: (): void => history.forward(),
    listen(listener: Listener): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    block: (): (() => void) => () => undefined,
    createHref: (to: unknown): string => target(to),
  };
  return obj;
}
