// Loads the issue's SLA view once, again when Jira says the issue changed (JIRA_ISSUE_CHANGED) and once
// just after the next breach the browser counts down to (the server's timers have recomputed it by then);
// never on a timer otherwise. Keeps the last answer on screen while reloading.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ErrorPayload, SlaIssueViewDto } from '@shared/contract';
import { api, onIssueChanged } from './api';

export type SlaViewState = {
  readonly view: SlaIssueViewDto | null;
  readonly error: ErrorPayload | null;
  /** Server clock minus browser clock when the answer arrived (ms). */
  readonly offset: number;
  readonly reload: () => void;
};

const NO_ISSUE: ErrorPayload = { code: 'BAD_REQUEST', messageKey: 'error.noIssueContext' };
/** The server announces a breach within a minute of its instant; ask again a little after that. */
const AFTER_BREACH_MS = 75_000;
const MAX_WAIT_MS = 24 * 60 * 60_000;

export function useSlaView(issueKey: string | null): SlaViewState {
  const [view, setView] = useState<SlaIssueViewDto | null>(null);
  const [error, setError] = useState<ErrorPayload | null>(issueKey ? null : NO_ISSUE);
  const [offset, setOffset] = useState(0);
  const [attempt, setAttempt] = useState(0);
  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  const latest = useRef(0);

  useEffect(() => {
    if (!issueKey) return;
    const ticket = ++latest.current;
    void api.call('sla/issue', { issueKey }).then((result) => {
      if (ticket !== latest.current) return; // a newer load is under way
      if (result.ok) {
        setView(result.value);
        setOffset(Date.parse(result.value.serverNow) - Date.now());
        setError(null);
      } else setError(result.error);
    });
  }, [issueKey, attempt]);

  useEffect(() => {
    let live = true;
    let off: () => void = () => undefined;
    void onIssueChanged(reload).then((unsubscribe) => {
      if (live) off = unsubscribe;
      else unsubscribe();
    });
    return () => {
      live = false;
      off();
    };
  }, [reload]);

  useEffect(() => {
    const now = Date.now() + offset;
    const next = (view?.clocks ?? [])
      .filter((c) => c.state === 'running' && c.breachAt !== null)
      .map((c) => Date.parse(c.breachAt ?? '') + AFTER_BREACH_MS - now)
      .filter((ms) => ms > 0 && ms < MAX_WAIT_MS);
    if (next.length === 0) return;
    const timer = setTimeout(reload, Math.min(...next));
    return () => clearTimeout(timer);
  }, [view, offset, reload]);

  return { view, error, offset, reload };
}

/** The server's "now", ticking every `everyMs` in the browser. */
export function useNow(offset: number, everyMs: number): number {
  const [now, setNow] = useState(() => Date.now() + offset);
  useEffect(() => {
    setNow(Date.now() + offset);
    const timer = setInterval(() => setNow(Date.now() + offset), everyMs);
    return () => clearInterval(timer);
  }, [offset, everyMs]);
  return now;
}
