// Builders for notification events and issues with overrides (unit tests of routing and formatting).
import type { IssueSnapshot, NotificationEvent } from '../../src/domain/model/telegram/events';

export function anIssue(overrides: Partial<IssueSnapshot> = {}): IssueSnapshot {
  return {
    id: '10001', key: 'SUP-12', summary: 'Checkout fails for every client', url: 'https://acme.atlassian.net/browse/SUP-12',
    projectKey: 'SUP', issueType: 'Incident', priority: 'High', status: 'In Progress', ...overrides,
  };
}

export function aNotification(overrides: Partial<NotificationEvent> = {}): NotificationEvent {
  return {
    id: 'changelog:501:statusChanged', type: 'statusChanged', at: Date.UTC(2026, 10, 2, 9, 30), issue: anIssue(),
    actor: 'Chen Wei', internal: false, fromStatus: 'Open', toStatus: 'In Progress', ...overrides,
  };
}
