// The form's state as one draft (template, answers, idempotency key), saved on every change and restored
// after a reload. The key stays until an incident is created, so every retry of one incident reuses it.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { IncidentTemplateDto } from '@shared/contract';
import { clearDraft, loadDraft, newIdempotencyKey, saveDraft, type Draft } from './draft-store';

export type DraftState = {
  readonly draft: Draft;
  /** True when the draft came back from storage (the form says so and offers to discard it). */
  readonly restored: boolean;
  readonly setAnswer: (fieldId: string, value: string) => void;
  readonly setTemplate: (templateId: string) => void;
  /** Forgets the draft and starts a new incident with a new idempotency key. */
  readonly reset: () => void;
};

const fresh = (templateId: string): Draft => ({ templateId, answers: {}, idempotencyKey: newIdempotencyKey() });

export function useIncidentDraft(storageKey: string, templates: readonly IncidentTemplateDto[], defaultTemplateId: string): DraftState {
  const [initial] = useState(() => {
    const stored = loadDraft(storageKey);
    return stored && templates.some((t) => t.id === stored.templateId) ? { draft: stored, restored: true } : { draft: fresh(defaultTemplateId), restored: false };
  });
  const [draft, setDraft] = useState<Draft>(initial.draft);
  const [restored, setRestored] = useState(initial.restored);
  const touched = useRef(initial.restored);

  useEffect(() => {
    if (touched.current) saveDraft(storageKey, draft);
  }, [storageKey, draft]);

  const setAnswer = useCallback((fieldId: string, value: string) => {
    touched.current = true;
    setDraft((d) => ({ ...d, answers: { ...d.answers, [fieldId]: value } }));
  }, []);

  const setTemplate = useCallback((templateId: string) => {
    touched.current = true;
    setDraft((d) => ({ ...d, templateId }));
  }, []);

  const reset = useCallback(() => {
    touched.current = false;
    clearDraft(storageKey);
    setRestored(false);
    setDraft((d) => fresh(d.templateId));
  }, [storageKey]);

  return { draft, restored, setAnswer, setTemplate, reset };
}
