// Keeps the unsent draft (answers, template, idempotency key) across reloads. A Custom UI iframe may have
// no usable storage (blocked third-party storage), so: localStorage, else sessionStorage, else memory —
// every access guarded, never throwing into React. @forge/bridge offers no per-view storage to use instead.
export type Draft = {
  readonly templateId: string;
  readonly answers: Readonly<Record<string, string>>;
  readonly idempotencyKey: string;
};

type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const memory = new Map<string, string>();
const memoryStorage: StorageLike = {
  getItem: (k) => memory.get(k) ?? null,
  setItem: (k, v) => void memory.set(k, v),
  removeItem: (k) => void memory.delete(k),
};

function usable(get: () => Storage): StorageLike | null {
  try {
    const storage = get();
    storage.setItem('linebridge:probe', '1');
    storage.removeItem('linebridge:probe');
    return storage;
  } catch {
    return null;
  }
}

let chosen: StorageLike | undefined;
function storage(): StorageLike {
  chosen ??= usable(() => window.localStorage) ?? usable(() => window.sessionStorage) ?? memoryStorage;
  return chosen;
}

const isStringRecord = (v: unknown): v is Record<string, string> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && Object.values(v).every((x) => typeof x === 'string');

export function loadDraft(key: string): Draft | null {
  try {
    const raw: unknown = JSON.parse(storage().getItem(key) ?? 'null');
    if (typeof raw !== 'object' || raw === null) return null;
    const d = raw as Record<string, unknown>;
    if (typeof d.templateId !== 'string' || typeof d.idempotencyKey !== 'string' || !isStringRecord(d.answers)) return null;
    return { templateId: d.templateId, answers: d.answers, idempotencyKey: d.idempotencyKey };
  } catch {
    return null;
  }
}

export function saveDraft(key: string, draft: Draft): void {
  try {
    storage().setItem(key, JSON.stringify(draft));
  } catch {
    // quota or a storage that vanished: the draft still lives in React state
  }
}

export function clearDraft(key: string): void {
  try {
    storage().removeItem(key);
  } catch {
    // nothing to do
  }
}

/** A fresh idempotency key (UUID): one per incident the agent means to create, reused by every retry. */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
