// "The issue changed": the issue view reloads its data, and Jira tells the issue-view modules of that
// issue through JIRA_ISSUE_CHANGED. A module that does not listen is re-rendered instead, so what it
// shows never goes stale in the sandbox. Also serves refreshIssueView() from @forge/jira-bridge.
import { emit, hasSubscriber } from './event-bus';
import { allFrames } from './frame-registry';

export const ISSUE_CHANGED = 'JIRA_ISSUE_CHANGED';
type ChangeType = 'updated' | 'commented';

const viewListeners = new Set<() => void>();

export function onIssueViewRefresh(listener: () => void): () => void {
  viewListeners.add(listener);
  return () => viewListeners.delete(listener);
}

export function refreshIssueView(): void {
  for (const l of viewListeners) l();
}

export function issueChanged(issueId: string, projectId: string, atlassianId: string, changeType: ChangeType): void {
  const payload = { issueId, projectId, changes: [{ changeType, atlassianId }] };
  const frames = allFrames().filter((f) => f.issueId === issueId);
  const listening = new Set(frames.filter((f) => hasSubscriber(f.id, 'app', ISSUE_CHANGED)).map((f) => f.id));
  emit(null, 'app', ISSUE_CHANGED, payload, (frameId) => listening.has(frameId));
  for (const f of frames) if (!listening.has(f.id)) f.reload();
}
