// What provisioning creates on a Jira site (the custom fields LineBridge fills, their select options, their
// place on the projects' screens, the create-dialog UI modifications) and the report it gives the admin.
// Data only. Field names are English on purpose: a Jira field name is site-wide data, not UI text, and
// provisioning finds existing fields by name and type, so the name must not depend on anyone's language.
import type { MessageKey } from '../../../shared/i18n';
import { AFFECTED_SCOPE_OPTIONS } from './defaults';
import type { LogicalFieldKey, ResolvedCustomFields } from './types';

const TYPES = 'com.atlassian.jira.plugin.system.customfieldtypes:';

export type ProvisionedFieldSpec = {
  readonly key: LogicalFieldKey;
  readonly name: string;
  readonly description: string;
  /** Full custom field type key, e.g. `com.atlassian.jira.plugin.system.customfieldtypes:select`. */
  readonly type: string;
  readonly searcherKey: string;
  /** Option values of a select field (created in its global context). */
  readonly options: readonly string[];
  /** Whether the field belongs on the projects' create/edit screens (the reopen reason is a transition field). */
  readonly onIssueScreens: boolean;
};

export const SUPPORT_LINE_OPTIONS: readonly string[] = ['Line 1', 'Line 2'];
export const REOPEN_REASON_OPTIONS: readonly string[] = ['Not fixed', 'Fixed only in part', 'Came back (regression)', 'New information from the client'];

const spec = (key: LogicalFieldKey, name: string, description: string, kind: 'datetime' | 'textfield' | 'select', options: readonly string[] = [], onIssueScreens = true): ProvisionedFieldSpec => ({
  key,
  name,
  description: `${description} (created by LineBridge)`,
  type: `${TYPES}${kind}`,
  searcherKey: `${TYPES}${kind === 'datetime' ? 'datetimerange' : kind === 'select' ? 'multiselectsearcher' : 'textsearcher'}`,
  options,
  onIssueScreens,
});

export const PROVISIONED_FIELDS: readonly ProvisionedFieldSpec[] = [
  spec('errorOccurredAt', 'Error occurred at', 'When the client first saw the error', 'datetime'),
  spec('clientId', 'Client ID', 'The customer number of the client who reported the incident', 'textfield'),
  spec('affectedScope', 'Affected scope', 'Who is affected; sets the priority', 'select', AFFECTED_SCOPE_OPTIONS.map((o) => o.jiraValue ?? o.label.en)),
  spec('supportLine', 'Support line', 'The support line working on the issue', 'select', SUPPORT_LINE_OPTIONS),
  spec('reopenReason', 'Reopen reason', 'Why a resolved issue was reopened', 'select', REOPEN_REASON_OPTIONS, false),
];

export type ProvisionStepKind = 'field' | 'options' | 'screen' | 'uiModification';
export type ProvisionOutcome = 'created' | 'updated' | 'exists' | 'failed' | 'skipped';
export type ProvisionProblem = 'permission' | 'notFound' | 'upstream' | 'rejected';

export type ProvisionStep = {
  readonly kind: ProvisionStepKind;
  /** What the step was about: a field name, `Screen name: Field name`, `SUP / Incident`. */
  readonly target: string;
  readonly outcome: ProvisionOutcome;
  /** Facts for the admin: a field id, the options added. Never a Jira error text. */
  readonly detail?: string;
  readonly problem?: ProvisionProblem;
};

export type ProvisionReport = {
  readonly ranAt: string;
  readonly ok: boolean;
  readonly steps: readonly ProvisionStep[];
  readonly resolved: ResolvedCustomFields;
  /** What the admin should do about the failures, one message per kind of problem. */
  readonly fixes: readonly MessageKey[];
};

const FIXES: Readonly<Record<ProvisionProblem, MessageKey>> = {
  permission: 'provision.fix.permission',
  notFound: 'provision.fix.notFound',
  upstream: 'provision.fix.upstream',
  rejected: 'provision.fix.rejected',
};

export function summarize(ranAt: string, steps: readonly ProvisionStep[], resolved: ResolvedCustomFields): ProvisionReport {
  const problems = [...new Set(steps.flatMap((s) => (s.problem ? [s.problem] : [])))];
  return { ranAt, ok: problems.length === 0, steps, resolved, fixes: problems.map((p) => FIXES[p]) };
}
