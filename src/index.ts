// Every handler the manifest names, grouped by kind. Nothing else is exported from here.

// Resolvers (Custom UI)
export { uiResolver } from './resolvers/ui.resolver';
export { linesResolver } from './resolvers/lines.resolver';

// Product-event triggers
export { slaIssueEventsTrigger } from './triggers/sla-issue-events.trigger';
export { incidentCreatedTrigger } from './triggers/incident-created.trigger';

// Queue consumers
export { slaTimerConsumer } from './triggers/sla-timer.consumer';
export { slaRecomputeConsumer } from './triggers/sla-recompute.consumer';
export { domainEventsConsumer } from './triggers/domain-events.consumer';

// Scheduled triggers
export { slaSweepScheduled } from './triggers/sla-sweep.scheduled';

// Support-lines panel (facts, CSAT, aggregates)
export { linesEventsTrigger } from './triggers/lines-events.trigger';
export { linesJobsConsumer } from './triggers/lines-jobs.consumer';
export { linesReconcileScheduled } from './triggers/lines-reconcile.scheduled';

// Telegram bridge (notifications outbox, webhook)
export { telegramIssueEventsTrigger } from './triggers/telegram-issue-events.trigger';
export { telegramOutboxConsumer } from './triggers/telegram-outbox.consumer';
export { telegramSweepScheduled } from './triggers/telegram-sweep.scheduled';
export { telegramWebhook } from './triggers/telegram-webhook.webtrigger';
export { telegramUpdatesConsumer } from './triggers/telegram-updates.consumer';
