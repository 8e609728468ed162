// The one place that builds adapters and hands them to use cases. Entry points ask for services here;
// nothing else constructs a Forge adapter. Built per invocation: `asUser` binds to the caller.
import { ForgeJira } from './adapters/forge-jira';
import { ForgeKvsStore } from './adapters/forge-kvs-store';
import { consoleLogger } from './adapters/console-logger';
import { systemClock } from './adapters/system-clock';
import type { Clock, JiraPort, KeyValueStore, Logger, SecretStore } from './domain/ports';

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

/** Entry tests replace the adapters with memory fakes; production never calls this. */
export function overrideServicesForTests(next: Services | undefined): void {
  override = next;
}
