// The `csatReceived` notification: after line 1 rates line 2 (issue panel or a Telegram tap), the team
// chats routed for it get "Line 1 rated the handling N/5". The rater is named unless they chose anonymity;
// the comment never goes to a chat (CSAT comments are for leads and admins only). One notification per
// saved rating (an edit is a new one), idempotent per save through its id.
import type { CsatRating } from '../../model/lines/csat';
import type { NotificationEvent } from '../../model/telegram/events';
import { loadTelegramSettings, type NotifyDeps } from './deps';
import { enqueueNotifications, type EnqueueReport } from './enqueue-notifications';

export async function notifyCsatReceived(deps: NotifyDeps, rating: CsatRating, issue: { readonly projectKey: string }): Promise<EnqueueReport> {
  const settings = await loadTelegramSettings(deps.store);
  // Cheap check first: most ratings (and every seeded one) have no route to notify.
  if (!settings.routes.some((r) => r.projectKey === issue.projectKey && r.events.includes('csatReceived'))) return { queued: 0, alreadyKnown: 0, unrouted: 1 };
  const snapshot = await deps.issues.issue(rating.issueId);
  const event: NotificationEvent = {
    id: `csat:${rating.issueId}:${rating.cycle}:${rating.updatedAt}`, type: 'csatReceived', at: rating.updatedAt, issue: snapshot,
    actor: rating.anonymous ? null : await deps.issues.userName(rating.rater), internal: true, csat: { rating: rating.score },
  };
  return enqueueNotifications(deps, [event], settings);
}
