// Display names of the account ids an admin typed, asked of Jira as the viewer (GET /user/bulk through
// @forge/bridge): one request per changed list, answers cached for the page's life. Ids Jira does not
// know (or any failure) simply stay ids.
import { useEffect, useState } from 'react';

const known = new Map<string, string>();

async function fetchNames(ids: readonly string[]): Promise<void> {
  const missing = ids.filter((id) => !known.has(id));
  if (missing.length === 0) return;
  try {
    const { requestJira } = await import('@forge/bridge');
    const query = missing.map((id) => `accountId=${encodeURIComponent(id)}`).join('&');
    const res = await requestJira(`/rest/api/3/user/bulk?maxResults=${missing.length}&${query}`);
    if (!res.ok) return;
    const body = (await res.json()) as { values?: unknown };
    for (const u of Array.isArray(body.values) ? body.values : []) {
      const user = u as { accountId?: unknown; displayName?: unknown };
      if (typeof user.accountId === 'string' && typeof user.displayName === 'string') known.set(user.accountId, user.displayName);
    }
  } catch {
    // Names are a convenience: the ids stay.
  }
}

/** `Name (id)` per id once Jira answered, else the id; recomputed when the list of ids changes. */
export function useDisplayNames(ids: readonly string[]): string[] {
  const signature = ids.join(',');
  const [, setTick] = useState(0);
  useEffect(() => {
    if (signature === '') return undefined;
    let live = true;
    // Wait for typing to pause: one request per settled list, not per keystroke.
    const timer = setTimeout(() => {
      void fetchNames(signature.split(',')).then(() => {
        if (live) setTick((n) => n + 1);
      });
    }, 400);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [signature]);
  return ids.map((id) => {
    const name = known.get(id);
    return name ? `${name} (${id})` : id;
  });
}
