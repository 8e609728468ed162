// What filing an incident records and returns, and the idempotency identifiers shared by every surface
// (form, create dialog, Telegram). Data and pure helpers only.
import type { PriorityLevel } from './types';

export const INCIDENT_SOURCES = ['form', 'createDialog', 'telegram'] as const;
export type IncidentSource = (typeof INCIDENT_SOURCES)[number];

/** The issue property holding the template reference and the key facts, for JQL (`jira:entityProperty`). */
export const INCIDENT_PROPERTY_KEY = 'linebridge.incident';

/** Where provisioning stores ResolvedCustomFields (logical key → the site's custom field id). */
export const RESOLVED_FIELDS_KEY = 'template-fields:resolved';

export type FiledIncident = {
  readonly issueKey: string;
  readonly issueId: string;
  readonly priority: PriorityLevel;
  readonly priorityName: string;
  readonly templateId: string;
  readonly templateVersion: number;
  /** Who LineBridge assigned the new issue to and why (absent: no assignment rule ran, or a replay). */
  readonly assignment?: { readonly accountId: string | null; readonly reason: string };
  /** True when this answer replays an earlier filing with the same idempotency key (nothing new was created). */
  readonly replayed: boolean;
};

/** UUIDs and similar client-made tokens; also safe inside a KVS key, a Jira label and a JQL string. */
const IDEMPOTENCY_KEY = /^[A-Za-z0-9_-]{8,64}$/;

export function isIdempotencyKey(value: unknown): value is string {
  return typeof value === 'string' && IDEMPOTENCY_KEY.test(value);
}

export const idempotencyStoreKey = (key: string): string => `incident-idem:${key}`;

/** Label put on the created issue so a retry after a crash can find it by search. */
export const idempotencyLabel = (key: string): string => `lb-filed-${key}`;

/** Stored under idempotencyStoreKey: `pending` before Jira is called, `done` with the result after. */
export type IdempotencyRecord =
  | { readonly state: 'pending'; readonly startedAt: string; readonly projectKey: string }
  | { readonly state: 'done'; readonly completedAt: string; readonly result: Omit<FiledIncident, 'replayed' | 'assignment'> };
