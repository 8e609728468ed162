// useJira(path): one GET against Jira as the signed-in user, with loading / error / ready states and a
// reload. Answers that arrive after a newer request (or after unmount) are dropped.
import { useCallback, useEffect, useState } from 'react';
import { requestJira } from './host/host-client';
import { jiraErrors } from './json';

export type JiraState =
  | { readonly status: 'loading' }
  | { readonly status: 'error'; readonly code: number; readonly messages: readonly string[] }
  | { readonly status: 'ready'; readonly data: unknown };

export function useJira(path: string | null, accountId: string): { readonly state: JiraState; readonly reload: () => void } {
  const [state, setState] = useState<JiraState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (path === null) return;
    let current = true;
    setState((s) => (s.status === 'ready' && attempt > 0 ? s : { status: 'loading' }));
    requestJira(path, {}, accountId).then(
      (res) => {
        if (!current) return;
        if (res.status >= 200 && res.status < 300) setState({ status: 'ready', data: res.body });
        else setState({ status: 'error', code: res.status, messages: jiraErrors(res.body).messages });
      },
      (error: unknown) => {
        if (current) setState({ status: 'error', code: 0, messages: [error instanceof Error ? error.message : String(error)] });
      },
    );
    return () => {
      current = false;
    };
  }, [path, accountId, attempt]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { state, reload };
}
