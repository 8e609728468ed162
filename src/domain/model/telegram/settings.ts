// The "telegram" settings section: routes (project → chat or forum topic, with filters, audience and
// language), the emoji per event type and burst coalescing. Pure data and defaults; the bot token is a
// secret and never part of it.
import type { Locale } from '../../../shared/i18n';
import type { NotificationEventType } from './events';
import type { ConversationSettings } from './conversation-settings';

export type TelegramRoute = {
  readonly id: string;
  readonly projectKey: string;
  /** The chat as configured (groups are negative; supergroups -100…). A migration is followed at run time. */
  readonly chatId: number;
  /** A forum topic (message_thread_id), or null for the chat itself. */
  readonly topicId: number | null;
  readonly label: string;
  readonly events: readonly NotificationEventType[];
  /** Priority names; empty means every priority. */
  readonly priorities: readonly string[];
  /** Issue type names; empty means every type. */
  readonly issueTypes: readonly string[];
  /** A client chat: internal comments, internal events and internal fields never reach it. */
  readonly publicOnly: boolean;
  readonly locale: Locale;
  /** In a forum: the first message about an issue opens a topic "KEY summary", later ones go into it. */
  readonly topicPerIssue?: boolean;
};

export type DigestSettings = {
  readonly enabled: boolean;
  /** More than this many notifications waiting for one chat are sent as digest messages. */
  readonly threshold: number;
};

export type TelegramSettings = {
  readonly emojis: Readonly<Record<NotificationEventType, string>>;
  readonly routes: readonly TelegramRoute[];
  readonly digest: DigestSettings;
  /**
   * The two-way conversation's settings ("Client conversations" in the admin page). Absent until an admin
   * saves them: the older KVS key `tg:conv:settings`, else the defaults, apply meanwhile.
   */
  readonly conversation?: ConversationSettings;
};

export const DEFAULT_EMOJIS: Readonly<Record<NotificationEventType, string>> = {
  created: '🆕',
  statusChanged: '🔄',
  assigned: '👤',
  commented: '💬',
  resolved: '✅',
  reopened: '🔁',
  slaWarning: '⏳',
  slaBreached: '🚨',
  csatReceived: '⭐',
};

export const DEFAULT_TELEGRAM: TelegramSettings = {
  emojis: DEFAULT_EMOJIS,
  routes: [],
  digest: { enabled: true, threshold: 5 },
};

export const TELEGRAM_LIMITS_CONFIG = {
  maxRoutes: 100,
  maxEmojiLength: 16,
  maxLabelLength: 100,
  maxFilterValues: 20,
  maxFilterValueLength: 60,
  digestThresholdMin: 2,
  digestThresholdMax: 50,
} as const;
