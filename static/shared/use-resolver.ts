// useResolver(): loads one Result<T> with explicit loading / error / ready states, a retry, and a way
// to replace the data after a save. Stale answers (after a reload or unmount) are dropped.
import { useCallback, useEffect, useState } from 'react';
import type { ErrorPayload, Result } from '@shared/contract';

export type LoadState<T> =
  | { readonly status: 'loading' }
  | { readonly status: 'error'; readonly error: ErrorPayload }
  | { readonly status: 'ready'; readonly data: T };

export type Resolved<T> = {
  readonly state: LoadState<T>;
  /** Loads again from scratch (the retry button). */
  readonly reload: () => void;
  /** Swaps in fresh data without a round trip, e.g. the section a save returned. */
  readonly update: (change: (data: T) => T) => void;
};

const LOAD_REJECTED: ErrorPayload = { code: 'INTERNAL', messageKey: 'error.INTERNAL' };

/** `load` must be stable (wrap it in useCallback); a new identity means "load again". */
export function useResolver<T>(load: () => Promise<Result<T>>): Resolved<T> {
  const [state, setState] = useState<LoadState<T>>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let current = true;
    setState({ status: 'loading' });
    load().then(
      (result) => {
        if (!current) return;
        setState(result.ok ? { status: 'ready', data: result.value } : { status: 'error', error: result.error });
      },
      () => {
        if (current) setState({ status: 'error', error: LOAD_REJECTED }); // api.ts never rejects; belt and braces
      },
    );
    return () => {
      current = false;
    };
  }, [load, attempt]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  const update = useCallback((change: (data: T) => T) => {
    setState((previous) => (previous.status === 'ready' ? { status: 'ready', data: change(previous.data) } : previous));
  }, []);
  return { state, reload, update };
}
