// usePanel(): the panel's figures for the current filters, kept on screen while a newer answer loads,
// and the background job's progress polled every 3 s while it runs (the figures reload when it ends).
import { useCallback, useEffect, useRef, useState } from 'react';
import type { BackfillStatusDto, ErrorPayload, PanelDto, PanelFiltersDto } from '@shared/contract';
import { api } from './api';

export type PanelState = {
  readonly data: PanelDto | null;
  readonly error: ErrorPayload | null;
  readonly loading: boolean;
  readonly job: BackfillStatusDto | null;
  readonly reload: () => void;
  readonly setJob: (job: BackfillStatusDto) => void;
};

const POLL_MS = 3000;

export function usePanel(filters: PanelFiltersDto): PanelState {
  const [data, setData] = useState<PanelDto | null>(null);
  const [error, setError] = useState<ErrorPayload | null>(null);
  const [loading, setLoading] = useState(true);
  const [job, setJob] = useState<BackfillStatusDto | null>(null);
  const [attempt, setAttempt] = useState(0);
  const latest = useRef(0);

  useEffect(() => {
    const ticket = ++latest.current;
    setLoading(true);
    void api.call('lines/panel', filters).then((result) => {
      if (ticket !== latest.current) return; // a newer request superseded this one
      setLoading(false);
      if (result.ok) {
        setData(result.value);
        setJob(result.value.backfill);
        setError(null);
      } else setError(result.error);
    });
  }, [filters, attempt]);

  const running = job?.state === 'running';
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => {
      void api.call('lines/job-status', {}).then((result) => {
        if (!result.ok) return;
        setJob(result.value);
        if (result.value.state !== 'running') setAttempt((n) => n + 1);
      });
    }, POLL_MS);
    return () => clearInterval(timer);
  }, [running]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { data, error, loading, job, reload, setJob };
}
