// What the form accepts as an attachment, checked before anything is sent: at most MAX_FILES files of at
// most MAX_FILE_MB each (the bridge carries a file base64-encoded in one message, so keep it modest), of
// types a support engineer can open (images, text and logs, PDF, ZIP, JSON/HAR). Pure.
import type { MessageKey } from '@shared/contract';

export const MAX_FILES = 10;
export const MAX_FILE_MB = 8;
const MAX_BYTES = MAX_FILE_MB * 1024 * 1024;
const TYPES = ['text/plain', 'text/csv', 'application/pdf', 'application/zip', 'application/x-zip-compressed', 'application/json'];
const EXTENSIONS = ['png', 'jpg', 'jpeg', 'gif', 'webp', 'bmp', 'txt', 'log', 'csv', 'pdf', 'zip', 'json', 'har'];

export type FileProblem = { readonly key: MessageKey; readonly params: Readonly<Record<string, string | number>> };

export function checkFile(file: { readonly name: string; readonly type: string; readonly size: number }, alreadyPicked: number): FileProblem | null {
  const params = { name: file.name, size: MAX_FILE_MB, count: MAX_FILES };
  if (alreadyPicked >= MAX_FILES) return { key: 'incident.attach.tooMany', params };
  const ext = /\.([A-Za-z0-9]{1,5})$/.exec(file.name)?.[1]?.toLowerCase() ?? '';
  const typeOk = file.type.startsWith('image/') || TYPES.includes(file.type) || EXTENSIONS.includes(ext);
  if (!typeOk || file.type === 'image/svg+xml') return { key: 'incident.attach.badType', params };
  if (file.size === 0) return { key: 'incident.attach.empty', params };
  if (file.size > MAX_BYTES) return { key: 'incident.attach.tooLarge', params };
  return null;
}

/** A pasted screenshot arrives as "image.png": give it a name that says what it is and stays unique. */
export function pastedName(file: { readonly name: string; readonly type: string }, index: number, now: Date): string {
  if (file.name && file.name !== 'image.png' && file.name !== 'blob') return file.name;
  const ext = file.type.split('/')[1]?.replace(/[^a-z0-9]/g, '') || 'png';
  const stamp = now.toISOString().slice(0, 19).replace(/[-:T]/g, '');
  return `screenshot-${stamp}-${index + 1}.${ext}`;
}

/** Why Jira refused an upload, for the agent. */
export function uploadFailureKey(status: number): { key: MessageKey; params: Readonly<Record<string, number>> } {
  if (status === 413) return { key: 'incident.attach.reason.tooLarge', params: {} };
  if (status === 401 || status === 403) return { key: 'incident.attach.reason.permission', params: {} };
  if (status === 429) return { key: 'incident.attach.reason.throttled', params: {} };
  return { key: 'incident.attach.reason.other', params: { status } };
}
