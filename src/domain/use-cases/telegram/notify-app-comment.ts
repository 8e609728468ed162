// A public comment the app itself posted (the auto-close's reminder and closing note) as a Telegram
// notification. Forge's `ignoreSelf` keeps the app's own comments from the product-event trigger, so the
// feature that posts one calls this: the same event the trigger would have made (`comment:<id>`, so a
// repeat is deduplicated by the outbox), routed to the team routes and to the issue's linked client chats.
// Cheap when nothing listens: no Jira read for a project without a route for comments or a linked chat.
import type { NotificationEvent } from '../../model/telegram/events';
import { loadTelegramSettings, type NotifyDeps } from './deps';
import { enqueueNotifications, type EnqueueReport } from './enqueue-notifications';
import { projectHasLinks } from './intake/link-routing';
import { issueForRouting } from './issue-for-routing';

export type AppCommentInput = {
  readonly issueKey: string;
  readonly commentId: string;
  /** The comment's plain text, as posted. */
  readonly text: string;
  /** When it was posted (epoch ms): orders the chat's notifications. */
  readonly at: number;
};

const NOTHING: EnqueueReport = { queued: 0, alreadyKnown: 0, unrouted: 1 };

export async function notifyAppComment(deps: NotifyDeps, input: AppCommentInput): Promise<EnqueueReport> {
  const projectKey = input.issueKey.split('-')[0] ?? '';
  const settings = await loadTelegramSettings(deps.store);
  const routed = settings.routes.some((r) => r.projectKey === projectKey && r.events.includes('commented'));
  if (!routed && !(await projectHasLinks(deps, projectKey))) return NOTHING;
  const issue = await issueForRouting(deps, input.issueKey, projectKey);
  const event: NotificationEvent = {
    id: `comment:${input.commentId}`, type: 'commented', at: input.at, issue, actor: null, internal: false,
    comment: { id: input.commentId, text: input.text },
  };
  return enqueueNotifications(deps, [event], settings);
}
