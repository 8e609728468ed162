// The one place that builds adapters and hands them to use cases. Entry points ask for services here;
// nothing else constructs a Forge adapter. Built per invocation: `asUser` binds to the caller.
import { ForgeJira } from './adapters/forge-jira';
import { ForgeJiraConfig } from './adapters/forge-jira-config';
import { ForgeJiraGuard } from './adapters/forge-jira-guard';
import type { GuardDeps } from './domain/use-cases/guard/guard-deps';
import { ForgeKvsStore } from './adapters/forge-kvs-store';
import { ForgeJobQueue } from './adapters/forge-queue';
import { ForgeJiraLines } from './adapters/forge-jira-lines';
import { ForgeLinesQueue } from './adapters/forge-lines-queue';
import type { LinesServices } from './domain/use-cases/lines/lines-services';
import { ForgeSlaJira } from './adapters/forge-sla-jira';
import type { SlaServices } from './domain/use-cases/sla/refresh-issue-sla';
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
import { systemClock } from './adapters/system-clock';
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

/** The support-lines panel's services: Jira as the app for histories, as the caller for what they may see. */
export function linesServices(): LinesServices {
  const base = services();
  return {
    store: base.store, clock: base.clock, logger: base.logger, queue: new ForgeLinesQueue(),
    jira: ForgeJiraLines.asApp(), jiraAsUser: base.jiraAsUser, linesAsUser: ForgeJiraLines.asUser(),
  };
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

/** What a Telegram update handler gets: the bridge's services plus each feature's ports (dispatch-types.ts). */
export function updateServices(): UpdateDeps {
  return { ...telegramServices(), intake: {}, conversation: {}, callbacks: {} };
}

/** Entry tests replace the adapters with memory fakes; production never calls this. */
export function overrideServicesForTests(next: Services | undefined): void {
  override = next;
}
