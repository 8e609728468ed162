// What the transition-guard use cases need: storage (rules, provisioned field ids), Jira as the caller
// (only to check that they administer Jira) and Jira as the app (fields, workflow, screens).
import { PermissionError } from '../../errors';
import type { Clock, JiraPort, KeyValueStore, Logger } from '../../ports';
import type { GuardJiraPort } from '../../ports-guard';
import type { TransitionGuardSettings } from '../../model/guard/types';
import { parseTransitionGuard } from '../../model/guard/parse-guard';
import { DEFAULT_TRANSITION_GUARD } from '../../model/guard/defaults';
import { readSection } from '../get-settings';

export type GuardDeps = {
  readonly store: KeyValueStore;
  readonly jiraAsUser: JiraPort;
  readonly guardJira: GuardJiraPort;
  readonly clock: Clock;
  readonly logger: Logger;
};

export async function requireAdmin(deps: Pick<GuardDeps, 'jiraAsUser' | 'logger'>, what: string): Promise<void> {
  if (await deps.jiraAsUser.hasGlobalPermission('ADMINISTER')) return;
  deps.logger.warn(`${what} refused: caller is not a Jira admin`);
  throw new PermissionError(`Only Jira administrators can ${what}`, 'error.adminOnly');
}

/** The stored rules (re-validated: a stored value that no longer parses falls back to nothing, never to a guess). */
export async function loadGuardSettings(store: KeyValueStore): Promise<{ version: number; settings: TransitionGuardSettings }> {
  const section = await readSection(store, 'transitionGuard');
  if (section.version === 0) return { version: 0, settings: DEFAULT_TRANSITION_GUARD };
  const parsed = parseTransitionGuard(section.value);
  return { version: section.version, settings: parsed.value ?? { rules: [], reopenReasons: DEFAULT_TRANSITION_GUARD.reopenReasons } };
}
