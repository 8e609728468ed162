// The Forge events bus between the app's frames on one page (@forge/bridge `events.emit/on`, and the
// public variants), plus the events Jira itself emits to issue-view modules (JIRA_ISSUE_CHANGED).
// A frame never receives its own emit; a callback that throws never stops delivery to the others.

type Scope = 'app' | 'public';
type Subscriber = { readonly frameId: string; readonly scope: Scope; readonly event: string; readonly callback: (payload: unknown) => unknown };

const subscribers = new Set<Subscriber>();

export function subscribe(frameId: string, scope: Scope, event: string, callback: (payload: unknown) => unknown): { unsubscribe: () => void } {
  const sub: Subscriber = { frameId, scope, event, callback };
  subscribers.add(sub);
  return { unsubscribe: () => void subscribers.delete(sub) };
}

/** Delivers to every subscriber of `event` in `scope` except the sender (null: Jira is the sender). */
export function emit(fromFrameId: string | null, scope: Scope, event: string, payload: unknown, only?: (frameId: string) => boolean): number {
  let delivered = 0;
  for (const sub of [...subscribers]) {
    if (sub.scope !== scope || sub.event !== event || sub.frameId === fromFrameId) continue;
    if (only && !only(sub.frameId)) continue;
    delivered += 1;
    try {
      const result = sub.callback(payload);
      if (result instanceof Promise) result.catch((e: unknown) => console.warn(`[shell] ${event} handler failed`, e));
    } catch (error) {
      console.warn(`[shell] ${event} handler failed`, error);
    }
  }
  return delivered;
}

export function hasSubscriber(frameId: string, scope: Scope, event: string): boolean {
  for (const sub of subscribers) if (sub.frameId === frameId && sub.scope === scope && sub.event === event) return true;
  return false;
}

export function dropFrame(frameId: string): void {
  for (const sub of [...subscribers]) if (sub.frameId === frameId) subscribers.delete(sub);
}
