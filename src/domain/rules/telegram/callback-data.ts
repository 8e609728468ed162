// The callback data of LineBridge's inline buttons, within Telegram's 1–64 bytes: `as:<issueId>` (assign to
// me) and `cs:<issueId>:<resolvedAt base36 seconds>:<score>` (CSAT for the resolution the message announced;
// the time tells a later resolution cycle from this one). Parsing never trusts the data: it is what a client
// sends. Pure.
export const CALLBACK_DATA_MAX_BYTES = 64;
export const ASSIGN_PREFIX = 'as';
export const CSAT_PREFIX = 'cs';

const ISSUE_ID = /^[1-9][0-9]{0,17}$/;
const SECONDS = /^[0-9a-z]{1,9}$/;

export type CsatTap = { readonly issueId: string; readonly resolvedAt: number; readonly score: number };

const bytes = (s: string): number => new TextEncoder().encode(s).length;

function checked(data: string): string {
  if (bytes(data) > CALLBACK_DATA_MAX_BYTES) throw new Error(`callback data over ${CALLBACK_DATA_MAX_BYTES} bytes`);
  return data;
}

export function assignData(issueId: string): string {
  if (!ISSUE_ID.test(issueId)) throw new Error('issue id must be numeric');
  return checked(`${ASSIGN_PREFIX}:${issueId}`);
}

/** The payload after `as:`: the issue id, or null when it is not one. */
export function parseAssignPayload(payload: string): string | null {
  return ISSUE_ID.test(payload) ? payload : null;
}

export function csatData(issueId: string, resolvedAtMs: number, score: number): string {
  if (!ISSUE_ID.test(issueId)) throw new Error('issue id must be numeric');
  return checked(`${CSAT_PREFIX}:${issueId}:${Math.max(0, Math.floor(resolvedAtMs / 1000)).toString(36)}:${score}`);
}

export function parseCsatPayload(payload: string): CsatTap | null {
  const [issueId, seconds, score, ...rest] = payload.split(':');
  if (rest.length > 0 || !issueId || !seconds || !score || !ISSUE_ID.test(issueId) || !SECONDS.test(seconds) || !/^[1-5]$/.test(score)) return null;
  return { issueId, resolvedAt: parseInt(seconds, 36) * 1000, score: Number(score) };
}
