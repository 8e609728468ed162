// Notification events: what happened to an issue, in the words the Telegram bridge routes and formats.
// Produced from Jira product events (changelog rule) and, later, from SLA and CSAT features; pure data.
export const NOTIFICATION_EVENT_TYPES = [
  'created',
  'statusChanged',
  'assigned',
  'commented',
  'resolved',
  'reopened',
  'slaWarning',
  'slaBreached',
  'csatReceived',
] as const;
export type NotificationEventType = (typeof NOTIFICATION_EVENT_TYPES)[number];

/** Event types a client chat ("public only") may receive; the rest are internal to the support team. */
export const PUBLIC_EVENT_TYPES: readonly NotificationEventType[] = ['created', 'statusChanged', 'commented', 'resolved', 'reopened'];

export function isNotificationEventType(value: unknown): value is NotificationEventType {
  return typeof value === 'string' && (NOTIFICATION_EVENT_TYPES as readonly string[]).includes(value);
}

/** The issue as the message shows it (read when the event is turned into notifications). */
export type IssueSnapshot = {
  readonly id: string;
  readonly key: string;
  readonly summary: string;
  /** `https://<site>/browse/KEY`. */
  readonly url: string;
  readonly projectKey: string;
  readonly issueType: string;
  readonly priority: string | null;
  readonly status: string;
  /**
   * The client ID (incident property `linebridge.incident`, else the Client ID field), read only when a chat
   * linked to the project has a client ID (link routing); absent otherwise. Never shown in a message.
   */
  readonly clientId?: string | null;
};

export type NotificationEvent = {
  /** Stable across redeliveries and out-of-order arrival: the idempotency key of the notification. */
  readonly id: string;
  readonly type: NotificationEventType;
  /** Epoch ms of the change in Jira; orders a chat's notifications. */
  readonly at: number;
  readonly issue: IssueSnapshot;
  /** Display name of who made the change, when known. */
  readonly actor: string | null;
  /** True when the event must never reach a client ("public only") chat. */
  readonly internal: boolean;
  readonly fromStatus?: string;
  readonly toStatus?: string;
  /** assigned: the new assignee's name, null when unassigned. */
  readonly assignee?: string | null;
  readonly comment?: { readonly id: string; readonly text: string };
  /** slaWarning / slaBreached: the goal's name and when it is (was) due. */
  readonly sla?: { readonly goal: string; readonly dueAt: number };
  /** csatReceived: the rating of line 2 by line 1. */
  readonly csat?: { readonly rating: number; readonly comment?: string };
};
