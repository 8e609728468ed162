// The live parts of the form: the priority/summary preview and the duplicate warning, each fetched a moment
// after the agent stops typing. A late answer for older input is dropped; a failed call shows nothing
// (both are hints: the create call decides for real).
import { useEffect, useState } from 'react';
import type { DuplicateIssueDto, IncidentPreviewDto } from '@shared/contract';
import { api } from './api';

const PREVIEW_DELAY_MS = 250;
const DUPLICATES_DELAY_MS = 500;

function useDebounced<T>(run: () => Promise<T | null>, deps: readonly unknown[], delayMs: number): T | null {
  const [value, setValue] = useState<T | null>(null);
  useEffect(() => {
    let current = true;
    const timer = setTimeout(() => {
      void run().then((v) => {
        if (current) setValue(v);
      });
    }, delayMs);
    return () => {
      current = false;
      clearTimeout(timer);
    };
    // `deps` lists everything `run` reads: a new `run` identity alone must not refetch.
  }, deps);
  return value;
}

export function usePreview(templateId: string, answers: Readonly<Record<string, string>>): IncidentPreviewDto | null {
  const wire = JSON.stringify(answers);
  return useDebounced(
    async () => {
      const result = await api.call('incidents/preview', { templateId, answers: JSON.parse(wire) as Record<string, string> });
      return result.ok ? result.value : null;
    },
    [templateId, wire],
    PREVIEW_DELAY_MS,
  );
}

export function useDuplicates(templateId: string, clientId: string): readonly DuplicateIssueDto[] {
  const trimmed = clientId.trim();
  const found = useDebounced(
    async () => {
      if (trimmed === '') return [];
      const result = await api.call('incidents/duplicates', { templateId, clientId: trimmed });
      return result.ok ? result.value.issues : [];
    },
    [templateId, trimmed],
    DUPLICATES_DELAY_MS,
  );
  return trimmed === '' ? [] : (found ?? []);
}
