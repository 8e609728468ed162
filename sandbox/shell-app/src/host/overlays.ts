// What floats above the page: Jira's flags (bottom left), app modals (view Modal) and Jira's create
// dialog opened by the shell or by an app (CreateIssueModal). A tiny store read with useOverlays();
// it holds callbacks handed over by frames and calls each at most once.
import { useSyncExternalStore } from 'react';
import type { Json } from '../json';
import type { FrameEntry } from './frame-registry';

export type FlagType = 'info' | 'success' | 'warning' | 'error';
export type FlagAction = { readonly text: string; readonly onClick: () => void };
export type FlagSpec = {
  readonly id: string;
  readonly title: string;
  readonly description?: string;
  readonly type: FlagType;
  readonly bold: boolean;
  readonly actions: readonly FlagAction[];
  readonly isAutoDismiss: boolean;
};

export type AppModalSpec = {
  readonly id: string;
  readonly opener: FrameEntry;
  readonly resource: string;
  readonly size: unknown;
  readonly context: unknown;
  readonly title: string;
  readonly closeOnEscape: boolean;
  readonly closeOnOverlayClick: boolean;
  readonly onClose: (payload: unknown) => void;
};

export type CreateSpec = { readonly id: string; readonly prefill: Json; readonly onClose?: (result: { payload: { issueId: string }[] }) => void };

type State = { readonly flags: readonly FlagSpec[]; readonly modals: readonly AppModalSpec[]; readonly create: CreateSpec | null };

let state: State = { flags: [], modals: [], create: null };
const listeners = new Set<() => void>();
let seq = 0;

function set(next: State): void {
  state = next;
  for (const l of listeners) l();
}

export const nextOverlayId = (prefix: string): string => `${prefix}-${(seq += 1)}`;

export function showFlag(flag: FlagSpec): void {
  set({ ...state, flags: [...state.flags.filter((f) => f.id !== flag.id), flag] });
  if (flag.isAutoDismiss) setTimeout(() => closeFlag(flag.id), 8000);
}

export function closeFlag(id: string): boolean {
  const had = state.flags.some((f) => f.id === id);
  set({ ...state, flags: state.flags.filter((f) => f.id !== id) });
  return had;
}

export function openAppModal(spec: AppModalSpec): void {
  set({ ...state, modals: [...state.modals, spec] });
}

export function closeAppModal(id: string, payload: unknown): void {
  const spec = state.modals.find((m) => m.id === id);
  if (!spec) return;
  set({ ...state, modals: state.modals.filter((m) => m.id !== id) });
  try {
    spec.onClose(payload);
  } catch (error) {
    console.warn('[shell] modal onClose failed', error);
  }
}

export function openCreate(prefill: Json = {}, onClose?: CreateSpec['onClose']): void {
  set({ ...state, create: { id: nextOverlayId('create'), prefill, onClose } });
}

export function closeCreate(created: readonly { issueId: string }[]): void {
  const spec = state.create;
  set({ ...state, create: null });
  try {
    spec?.onClose?.({ payload: [...created] });
  } catch (error) {
    console.warn('[shell] create onClose failed', error);
  }
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useOverlays(): State {
  return useSyncExternalStore(subscribe, () => state);
}
