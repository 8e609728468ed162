// A Jira product event (issue created, updated, commented) becomes Telegram notifications: cheap checks
// first (a route or a linked chat for the project, a changelog that matters), then the Jira reads a message
// needs (issue — with its client ID when a chat linked to the project has one —, who, the comment and
// whether it is internal), then the pure rule and the outbox.
import type { ChangeItem, IssueChange, StatusCategory } from '../../rules/telegram/changelog-to-events';
import { changeToEvents } from '../../rules/telegram/changelog-to-events';
import { loadTelegramSettings, nowMs, type NotifyDeps } from './deps';
import { enqueueNotifications, type EnqueueReport } from './enqueue-notifications';
import { issueForRouting } from './issue-for-routing';
import { projectHasLinks } from './intake/link-routing';

export type IssueEventInput = {
  readonly kind: 'created' | 'updated' | 'commented';
  readonly issueId: string;
  /** From the event payload, so events of unrouted projects cost no Jira call. */
  readonly projectKey: string | null;
  /** Who caused the event (the payload's atlassianId). */
  readonly accountId: string | null;
  /** When the change happened, from the payload (issue `updated`/`created`), if present. */
  readonly at: number | null;
  readonly changelog: { readonly id: string; readonly items: readonly ChangeItem[] } | null;
  readonly commentId: string | null;
};

const NOTHING: EnqueueReport = { queued: 0, alreadyKnown: 0, unrouted: 0 };
const RELEVANT_FIELDS = new Set(['status', 'assignee']);
const CATEGORY_CACHE = 'tg:cache:status-categories';

async function categories(deps: NotifyDeps): Promise<Readonly<Record<string, StatusCategory>>> {
  const cached = await deps.store.get<Record<string, StatusCategory>>(CATEGORY_CACHE);
  if (cached) return cached;
  const fresh = await deps.issues.statusCategories();
  await deps.atomic.put(CATEGORY_CACHE, fresh, 3600);
  return fresh;
}

export async function notifyIssueEvent(deps: NotifyDeps, input: IssueEventInput): Promise<EnqueueReport> {
  const settings = await loadTelegramSettings(deps.store);
  const routed = settings.routes.some((r) => input.projectKey === null || r.projectKey === input.projectKey);
  if (!routed && !(await projectHasLinks(deps, input.projectKey))) return NOTHING;
  const items = input.changelog?.items.filter((i) => RELEVANT_FIELDS.has((i.fieldId ?? i.field).toLowerCase())) ?? [];
  if (input.kind === 'updated' && (items.length === 0 || !input.changelog)) return NOTHING;
  if (input.kind === 'commented' && !input.commentId) return NOTHING;
  const issue = await issueForRouting(deps, input.issueId, input.projectKey);
  const actor = input.accountId ? await deps.issues.userName(input.accountId) : null;
  const at = input.at ?? nowMs(deps);
  let change: IssueChange;
  if (input.kind === 'created') change = { kind: 'created', issue, at, actor };
  else if (input.kind === 'updated' && input.changelog) {
    change = { kind: 'updated', issue, at, actor, changelogId: input.changelog.id, items, categories: await categories(deps) };
  } else {
    const comment = await deps.issues.comment(issue.id, input.commentId ?? '');
    // A comment LineBridge made from a client's Telegram message is not sent back to the chats.
    if (!comment || comment.fromTelegram === true) return NOTHING;
    // The comment's creation time orders it and stays the same when the comment is edited later.
    change = { kind: 'commented', issue, at: comment.created, actor: comment.author ?? actor, comment };
  }
  return enqueueNotifications(deps, changeToEvents(change), settings);
}
