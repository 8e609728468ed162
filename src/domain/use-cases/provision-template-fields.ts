// Provisions what incident templates need on the Jira site: custom fields (found by name and type, else
// created), select options, the fields on the projects' screens, and the create-dialog UI modifications.
// Only a Jira admin may trigger it (checked as the calling user); the work itself runs as the app.
// Idempotent: a second run reports everything as existing. Never stops at the first refusal: every step
// is reported, failures with the fix the admin can apply.
import { isLocale, type Locale } from '../../shared/i18n';
import { PermissionError } from '../errors';
import type { Clock, JiraConfigPort, JiraPort, KeyValueStore, Logger } from '../ports';
import { RESOLVED_FIELDS_KEY } from '../model/template/incident';
import { summarize, type ProvisionReport } from '../model/template/provisioning';
import { loadResolvedFields, loadTemplates } from '../model/template/template-store';
import { isRecord } from '../model/template/input-reader';
import { readSection } from './get-settings';
import { provisionFields } from './provisioning/provision-fields';
import { provisionScreens } from './provisioning/provision-screens';
import { provisionUiModifications } from './provisioning/provision-ui-modifications';
import { StepLog } from './provisioning/steps';

export type ProvisionDeps = {
  readonly store: KeyValueStore;
  /** Only asked whether the caller administers Jira. */
  readonly jiraAsUser: JiraPort;
  /** Does the work, as the app. */
  readonly jiraConfig: JiraConfigPort;
  readonly clock: Clock;
  readonly logger: Logger;
};

async function defaultLocale(store: KeyValueStore): Promise<Locale> {
  const general = (await readSection(store, 'general')).value;
  return isRecord(general) && isLocale(general.defaultLocale) ? general.defaultLocale : 'en';
}

export async function provisionTemplateFields(deps: ProvisionDeps): Promise<ProvisionReport> {
  if (!(await deps.jiraAsUser.hasGlobalPermission('ADMINISTER'))) {
    deps.logger.warn('provisioning refused: caller is not a Jira admin');
    throw new PermissionError('Only Jira administrators can provision fields', 'error.adminOnly');
  }
  const [set, known, locale] = await Promise.all([loadTemplates(deps.store), loadResolvedFields(deps.store), defaultLocale(deps.store)]);
  const log = new StepLog();
  const resolved = await provisionFields(deps.jiraConfig, log, known, set.templates);
  await deps.store.set(RESOLVED_FIELDS_KEY, resolved);
  await provisionScreens(deps.jiraConfig, log, [...new Set(set.templates.map((t) => t.projectKey))], resolved);
  await provisionUiModifications(deps.jiraConfig, log, { set, resolved, defaultLocale: locale });
  const report = summarize(deps.clock.now().toISOString(), log.steps, resolved);
  const count = (outcome: string) => report.steps.filter((s) => s.outcome === outcome).length;
  deps.logger.info('provisioning finished', { ok: report.ok, created: count('created'), updated: count('updated'), failed: count('failed') });
  return report;
}
