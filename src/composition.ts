// The one place that builds adapters and hands them to use cases. Entry points ask for services here;
// nothing else constructs a Forge adapter. Built per invocation: `asUser` binds to the caller.
import { ForgeJira } from './adapters/forge-jira';
import { ForgeJiraConfig } from './adapters/forge-jira-config';
import { ForgeJiraIncident } from './adapters/forge-jira-incident';
import type { AdoptDeps } from './domain/use-cases/adopt-created-issue';
import { ForgeJiraGuard } from './adapters/forge-jira-guard';
import type { GuardDeps } from './domain/use-cases/guard/guard-deps';
import { ForgeKvsStore } from './adapters/forge-kvs-store';
import { ForgeJobQueue } from './adapters/forge-queue';
import { ForgeJiraLines } from './adapters/forge-jira-lines';
import { ForgeLinesQueue } from './adapters/forge-lines-queue';
import type { LinesServices } from './domain/use-cases/lines/lines-services';
import { ForgeSlaJira } from './adapters/forge-sla-jira';
import type { SlaServices } from './domain/use-cases/sla/refresh-issue-sla';
import type { AutoCloseServices } from './domain/use-cases/sla/auto-close';
import { ForgeSlaAutoClose } from './adapters/forge-sla-auto-close';
import { consoleLogger } from './adapters/console-logger';
import { ForgeDrainQueue } from './adapters/forge-drain-queue';
import { ForgeIssueReader } from './adapters/forge-jira-notify';
import { ForgeKvsAtomic } from './adapters/forge-kvs-atomic';
import { forgeWebhookUrl } from './adapters/forge-webhook-url';
import { cryptoRandom, timerSleeper } from './adapters/node-runtime';
import { telegramBotFactory } from './adapters/telegram-bot-api';
import type { NotifyDeps } from './domain/use-cases/telegram/deps';
import type { AdminDeps } from './domain/use-cases/telegram/connect-bot';
import type { UpdateDeps } from './domain/use-cases/telegram/dispatch-types';
import { notifyIssueEvent } from './domain/use-cases/telegram/notify-issue-event';
import type { IntakePorts } from './domain/use-cases/telegram/intake/ports';
import { ForgeIntakeJira } from './adapters/forge-jira-intake';
import { nodeHasher } from './adapters/node-hasher';
import { ForgeUpdateQueue } from './adapters/forge-update-queue';
import type { ConversationPorts } from './domain/use-cases/telegram/conversation/ports';
import { kvsChatLinks } from './domain/use-cases/telegram/conversation/chat-links';
import { ForgeConversationJira } from './adapters/forge-jira-conversation';
import { refreshIssueSla } from './domain/use-cases/sla/refresh-issue-sla';
import { refreshIssue } from './domain/use-cases/lines/refresh-issue';
import { systemClock } from './adapters/system-clock';
import { forgeIssueAssigner, ForgeJiraOnBehalf } from './adapters/forge-jira-on-behalf';
import type { CallbackPorts } from './domain/use-cases/telegram/callbacks/ports';
import { notifyCsatReceived } from './domain/use-cases/telegram/notify-csat';
import { notifyAppComment } from './domain/use-cases/telegram/notify-app-comment';
import type { Clock, IssuePropertyReader, JiraConfigPort, JiraPort, KeyValueStore, Logger, SecretStore } from './domain/ports';

export type Services = {
  readonly store: KeyValueStore;
  readonly secrets: SecretStore;
  /** Jira as the user who invoked the function (resolvers only). */
  readonly jiraAsUser: JiraPort;
  /** Jira as the app (triggers, consumers, scheduled jobs). */
  readonly jiraAsApp: JiraPort;
  readonly clock: Clock;
  readonly logger: Logger;
};

let override: Services | undefined;

export function services(): Services {
  if (override) return override;
  const store = new ForgeKvsStore();
  return {
    store,
    secrets: store,
    jiraAsUser: ForgeJira.asUser(),
    jiraAsApp: ForgeJira.asApp(),
    clock: systemClock,
    logger: consoleLogger,
  };
}

/** The transition guard's services: rules in storage, Jira as the caller (admin check) and as the app. */
export function guardServices(): GuardDeps {
  const base = services();
  return { store: base.store, jiraAsUser: base.jiraAsUser, guardJira: ForgeJiraGuard.asApp(), clock: base.clock, logger: base.logger };
}

/** Jira site configuration (fields, screens, UI modifications) as the app: provisioning only. */
export function jiraConfigAsApp(): JiraConfigPort {
  return ForgeJiraConfig.asApp();
}

/** The SLA engine's services: storage, clock, Jira as the app with full histories, the async-event queues. */
export function slaServices(): SlaServices {
  const base = services();
  return { store: base.store, clock: base.clock, logger: base.logger, slaJira: ForgeSlaJira.asApp(), jobs: new ForgeJobQueue() };
}

/** The SLA engine's services plus the auto-close's: Jira as the app for comments and transitions, step claims. */
export function autoCloseServices(): AutoCloseServices {
  return {
    ...slaServices(), closer: ForgeSlaAutoClose.asApp(), claims: new ForgeKvsAtomic(),
    notices: {
      commentPosted: async (comment) => void (await notifyAppComment(telegramServices(), comment)),
      issueMoved: async (issueKey) => {
        try {
          await refreshIssue(linesServices(), { id: issueKey, key: issueKey });
        } catch (error) {
          services().logger.warn('auto-close: support-lines facts not refreshed; the next event or backfill will', { issueKey, error: error instanceof Error ? error.name : 'unknown' });
        }
      },
    },
  };
}

/** The support-lines panel's services: Jira as the app for histories, as the caller for what they may see. */
export function linesServices(): LinesServices {
  const base = services();
  return {
    store: base.store, clock: base.clock, logger: base.logger, queue: new ForgeLinesQueue(),
    jira: ForgeJiraLines.asApp(), jiraAsUser: base.jiraAsUser, linesAsUser: ForgeJiraLines.asUser(),
    csatNotices: { ratingSaved: async (rating, issue) => void (await notifyCsatReceived(telegramServices(), rating, issue)) },
  };
}

/** Incident intake (#4): assignment on filing and create-dialog adoption, as the app (agents may not assign). */
export function incidentAssignServices(): AdoptDeps {
  const base = services();
  const jira = ForgeJiraIncident.asApp();
  return { store: base.store, clock: base.clock, logger: base.logger, atomic: new ForgeKvsAtomic(), assignment: jira, reader: jira };
}

/** Issue properties as the user who invoked the function (resolvers only). */
export function issuePropertiesAsUser(): IssuePropertyReader {
  return ForgeJira.asUser();
}

/**
 * The Telegram bridge's services. Bot API root and per-request timeout come from Forge environment
 * variables (`forge variables set`): LINEBRIDGE_TELEGRAM_API_ROOT (default https://api.telegram.org, which
 * manifest.yml allows as egress) and LINEBRIDGE_TELEGRAM_TIMEOUT_MS (default 10000).
 */
export function telegramServices(): NotifyDeps & AdminDeps {
  const base = services();
  const timeoutMs = Number(process.env.LINEBRIDGE_TELEGRAM_TIMEOUT_MS ?? '');
  const apiRoot = process.env.LINEBRIDGE_TELEGRAM_API_ROOT;
  return {
    store: base.store, secrets: base.secrets, clock: base.clock, logger: base.logger, jiraAsUser: base.jiraAsUser,
    atomic: new ForgeKvsAtomic(), queue: new ForgeDrainQueue(), sleeper: timerSleeper, random: cryptoRandom, issues: new ForgeIssueReader(),
    webhookUrl: forgeWebhookUrl,
    bots: telegramBotFactory({ timeoutMs: Number.isFinite(timeoutMs) && timeoutMs > 0 ? timeoutMs : 10_000, ...(apiRoot ? { apiRoot } : {}) }),
  };
}

/**
 * What Jira's product events would recompute after a change, for changes the app makes itself (the
 * triggers filter the app's own events out: `ignoreSelf`): the SLA live state and the support-lines facts.
 * Never throws: a failure is logged, and the SLA sweep and the lines reconcile job catch up later.
 */
async function refreshAfterAppChange(logger: Logger, who: string, issue: { readonly id: string; readonly key: string }): Promise<void> {
  for (const [what, run] of [
    ['sla', () => refreshIssueSla(slaServices(), issue.key)],
    ['lines', () => refreshIssue(linesServices(), issue)],
  ] as const) {
    try {
      await run();
    } catch (error) {
      logger.warn(`${who}: recomputation failed; the periodic job will catch up`, { what, issueKey: issue.key, error: error instanceof Error ? error.name : 'unknown' });
    }
  }
}

/**
 * After the chat intake filed an issue as the app: the recomputations above, and the "created"
 * notification the product-event trigger would have sent (same id `created:<issue>`, so never twice; the
 * chat that filed it already has the key and gets no copy).
 */
async function afterIntakeFiling(issue: { readonly id: string; readonly key: string }): Promise<void> {
  const deps = telegramServices();
  await refreshAfterAppChange(deps.logger, 'telegram intake', issue);
  try {
    await notifyIssueEvent(deps, { kind: 'created', issueId: issue.id, projectKey: issue.key.split('-')[0] ?? null, accountId: null, at: deps.clock.now().getTime(), changelog: null, commentId: null });
  } catch (error) {
    deps.logger.warn('telegram intake: the "created" notification was not queued', { issueKey: issue.key, error: error instanceof Error ? error.name : 'unknown' });
  }
}

/**
 * The two-way conversation's ports (issue 9): chat links as the intake stores them, Jira as the app, and the
 * SLA / support-lines recomputation the app's own changes need (product events skip them: `ignoreSelf`).
 * A failed recomputation is logged: the SLA sweep and the lines reconcile job catch up later.
 */
function conversationPorts(): ConversationPorts {
  const base = services();
  return {
    links: kvsChatLinks(base.store),
    jira: new ForgeConversationJira(),
    refresh: { issueChanged: (issue) => refreshAfterAppChange(base.logger, 'telegram conversation', issue) },
  };
}

/**
 * The inline buttons' ports (issues 7 and 8): Jira as the app on behalf of the linked person who tapped
 * (their permissions asked of Jira), the support-lines use cases for that person, and the recomputations
 * the app's own changes need (product events skip them: `ignoreSelf`; failures are logged, jobs catch up).
 */
function callbackPorts(): CallbackPorts {
  const base = services();
  return {
    assigner: forgeIssueAssigner,
    issues: new ForgeIssueReader(),
    linesFor: (accountId) => ({ ...linesServices(), jiraAsUser: new ForgeJiraOnBehalf(accountId) }),
    issueChanged: (issue) => refreshAfterAppChange(base.logger, 'telegram button', issue),
  };
}

/** The `telegram-updates` queue: the webhook pushes verified updates, the consumer defers paced replies. */
export function updateQueue(): ForgeUpdateQueue {
  return new ForgeUpdateQueue();
}

/** The chat intake's ports (issue 9); `reservedSlot`: the reply slot a deferred update was queued for. */
export function intakePorts(reservedSlot: number | null = null): IntakePorts {
  return { jiraAsApp: ForgeJira.asApp(), issues: new ForgeIntakeJira(), hash: nodeHasher, reservedSlot, assign: incidentAssignServices(), afterFiling: afterIntakeFiling };
}

/** What a Telegram update handler gets: the bridge's services plus each feature's ports (dispatch-types.ts). */
export function updateServices(reservedSlot: number | null = null): UpdateDeps {
  return { ...telegramServices(), intake: intakePorts(reservedSlot), conversation: conversationPorts(), callbacks: callbackPorts() };
}

/** Entry tests replace the adapters with memory fakes; production never calls this. */
export function overrideServicesForTests(next: Services | undefined): void {
  override = next;
}
