// State of a create/transition form: field values and flags, the required check, the REST payload, and
// the app's UI modifications: a hidden jira:uiModifications frame that reads and changes the form
// through @forge/jira-bridge (onInit once, onChange after each edit). Never sends anything to Jira.
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { ForgeFrame } from '../apps/forge-frame';
import { loadUiModifications } from '../host/host-client';
import { UiModSession, type FieldChanges, type UiModFieldState } from '../host/ui-mod-session';
import type { Json } from '../json';
import { useSession } from '../session';
import type { FieldState } from './field-input';
import { fromSetValue, isEmpty, toRest, type FormField } from './field-model';

export type UimTarget = { readonly viewType: 'GIC' | 'IssueTransition'; readonly project: Json & { id: string }; readonly issueType: { id: string; name: string }; readonly extra?: Json };

const UIM_WAIT_MS = 8000;
const FLAGS = ['isVisible', 'isRequired', 'isReadOnly'] as const;

function initialStates(fields: readonly FormField[], initial: Readonly<Record<string, unknown>>): Record<string, FieldState> {
  const out: Record<string, FieldState> = {};
  for (const f of fields) {
    const empty = f.kind === 'multiselect' || f.kind === 'labels' ? [] : null;
    out[f.fieldId] = { value: initial[f.fieldId] ?? f.defaultValue ?? empty, isVisible: true, isRequired: f.required, isReadOnly: false, name: f.name, description: '' };
  }
  return out;
}

export function useScreenForm(fields: readonly FormField[], initial: Readonly<Record<string, unknown>>, target: UimTarget | null) {
  const { modulesOf } = useSession();
  const [states, setStates] = useState<Record<string, FieldState>>(() => initialStates(fields, initial));
  const [uimFrame, setUimFrame] = useState<ReactNode>(null);
  const [pending, setPending] = useState(false);
  const statesRef = useRef(states);
  statesRef.current = states;
  const sessionRef = useRef<UiModSession | null>(null);
  const fieldsKey = fields.map((f) => f.fieldId).join(',');

  useEffect(() => setStates(initialStates(fields, initial)), [fieldsKey]); // new screen, new form

  const applyChanges = useCallback((changes: FieldChanges) => {
    setStates((prev) => {
      const next = { ...prev };
      for (const [fieldId, change] of Object.entries(changes)) {
        const field = fields.find((f) => f.fieldId === fieldId);
        const current = next[fieldId];
        if (!field || !current) continue;
        let updated: FieldState = { ...current };
        if ('value' in change) updated = { ...updated, value: fromSetValue(field, change.value) };
        for (const flag of FLAGS) if (typeof change[flag] === 'boolean') updated = { ...updated, [flag]: change[flag] };
        if (typeof change.fieldName === 'string') updated = { ...updated, name: change.fieldName };
        if (typeof change.description === 'string') updated = { ...updated, description: change.description };
        if (change.optionsVisibility) updated = { ...updated, optionsVisibility: change.optionsVisibility as FieldState['optionsVisibility'] };
        next[fieldId] = updated;
      }
      return next;
    });
  }, [fields]);

  const uimModule = modulesOf('jira:uiModifications')[0];
  const targetKey = target ? `${target.viewType}:${target.project.id}:${target.issueType.id}` : '';
  useEffect(() => {
    setUimFrame(null);
    sessionRef.current = null;
    if (!target || !uimModule || fields.length === 0) return;
    let current = true;
    setPending(true);
    const timer = setTimeout(() => current && setPending(false), UIM_WAIT_MS);
    void loadUiModifications(target.project.id, target.issueType.id, target.viewType).then((mods) => {
      if (!current) return;
      if (mods.length === 0) return setPending(false);
      const formState = (): Record<string, UiModFieldState> => {
        const out: Record<string, UiModFieldState> = {};
        for (const f of fields) {
          const s = statesRef.current[f.fieldId];
          if (s) out[f.fieldId] = { fieldId: f.fieldId, fieldType: f.fieldType, fieldName: s.name, value: s.value, isVisible: s.isVisible, isRequired: s.isRequired, isReadOnly: s.isReadOnly, description: s.description, optionsVisibility: s.optionsVisibility };
        }
        return out;
      };
      const session = new UiModSession(mods, formState, applyChanges, () => current && setPending(false));
      sessionRef.current = session;
      const extension = { project: target.project, issueType: target.issueType, viewType: target.viewType, ...target.extra };
      setUimFrame(<ForgeFrame hidden module={uimModule} extension={extension} handlers={{ uiModifications: session.internalApi() }} />);
    }, () => current && setPending(false));
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [targetKey, fieldsKey, uimModule?.key]); // the target and screen decide; callbacks read refs

  const setValue = useCallback((fieldId: string, value: unknown, commit: boolean) => {
    setStates((prev) => (prev[fieldId] ? { ...prev, [fieldId]: { ...prev[fieldId], value } } : prev));
    if (commit) setTimeout(() => sessionRef.current?.fieldChanged(fieldId), 0);
  }, []);
  const commit = useCallback((fieldId: string) => sessionRef.current?.fieldChanged(fieldId), []);

  /** Client-side check Jira does before sending: visible required fields must have a value. */
  const missingRequired = useCallback((): Record<string, string> => {
    const errors: Record<string, string> = {};
    for (const f of fields) {
      const s = statesRef.current[f.fieldId];
      if (s && s.isVisible && s.isRequired && isEmpty(s.value)) errors[f.fieldId] = `${s.name} is required.`;
    }
    return errors;
  }, [fields]);

  /** REST `fields` for the values that are set (or every changed one when `changedFrom` is given). */
  const restFields = useCallback((changedFrom?: Readonly<Record<string, FieldState>>): Json => {
    const out: Json = {};
    for (const f of fields) {
      const s = statesRef.current[f.fieldId];
      if (!s) continue;
      const changed = changedFrom ? JSON.stringify(changedFrom[f.fieldId]?.value) !== JSON.stringify(s.value) : !isEmpty(s.value);
      if (changed) out[f.fieldId] = toRest(f, s.value);
    }
    return out;
  }, [fields]);

  const initialSnapshot = useMemo(() => initialStates(fields, initial), [fieldsKey]);
  return { states, setValue, commit, missingRequired, restFields, initialSnapshot, uimFrame, pending };
}
