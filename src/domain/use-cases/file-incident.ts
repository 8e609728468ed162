// Files an incident from a template: one use case for every surface (Custom UI form, create dialog,
// Telegram `/ticket`). Validates, decides the priority, renders and creates the issue exactly once per
// idempotency key. Never logs answers (client data); the caller keeps the draft on any error.
//
// Idempotency: `incident-idem:<key>` holds `pending` (written before Jira is called) then `done` with the
// result. A retry of a `done` key replays the result without calling Jira. The crash window — Jira created
// the issue but `done` was never stored — is closed by a label `lb-filed-<key>` on the issue: a retry that
// finds `pending` searches for that label first. Remaining gaps: Jira's search index lags a few seconds
// behind a create, and two concurrent calls with one key both see no record (KVS offers no compare-and-set
// through this port); the form disables submit while a call is in flight, the bridge dedupes updates first.
//
// After the create: assignment by the project's rule (deps.assign, as the app; a failure never fails the
// filing). Before giving up on Jira's 400: if a field the template maps is gone from Jira (deps.fieldCatalog),
// a TemplateFieldMissingError names it and the fix; nothing was created.
import {
  BadRequestError, ConfigMissingError, NotFoundError, PermissionError, UpstreamError, ValidationError,
} from '../errors';
import type { Clock, CreatedIssue, JiraPort, KeyValueStore, Logger } from '../ports';
import type { FieldCatalog } from '../ports-incident';
import type { Locale } from '../../shared/i18n';
import {
  idempotencyLabel, idempotencyStoreKey, isIdempotencyKey,
  type FiledIncident, type IdempotencyRecord, type IncidentSource,
} from '../model/template/incident';
import { loadResolvedFields, loadTemplates, selectTemplate } from '../model/template/template-store';
import type { ResolvedCustomFields, TemplateDefinition, TemplateRef } from '../model/template/types';
import { jiraErrorsToAnswerErrors } from '../rules/template/jira-errors';
import { prepareIncident, type PreparedIncident } from '../rules/template/prepare-incident';
import { withExtraFields, type ExtraField } from '../rules/template/extra-fields';
import type { AssignDeps } from './assign-incident';
import { assignQuietly, throwIfMappedFieldDeleted } from './file-incident-follow-ups';

export type FileIncidentCommand = {
  readonly idempotencyKey: string;
  readonly projectKey: string;
  readonly issueTypeName: string;
  /** The language the issue should be written in (picks the template); defaults to any for the type. */
  readonly locale?: Locale;
  readonly templateId?: string;
  /** Untrusted answers, field id → value; validated here. */
  readonly answers: unknown;
  readonly source: IncidentSource;
  /** Questions beyond the template (the chat intake's transition-guard fields): validated and filed like its own. */
  readonly extraFields?: readonly ExtraField[];
};

/** `jira` runs as the agent for the form and the create dialog, as the app for Telegram. */
export type FileIncidentDeps = {
  readonly store: KeyValueStore;
  readonly jira: JiraPort;
  readonly clock: Clock;
  readonly logger: Logger;
  /** Assignment on filing (as the app). Absent: the issue is left unassigned. */
  readonly assign?: AssignDeps;
  /** Jira's field list, to tell "a mapped field was deleted" from other refusals. Absent: a plain 400. */
  readonly fieldCatalog?: FieldCatalog;
};

type Attempt = {
  readonly template: TemplateDefinition;
  readonly ref: TemplateRef;
  readonly prepared: PreparedIncident;
  readonly resolved: ResolvedCustomFields;
};

async function prepare(deps: FileIncidentDeps, cmd: FileIncidentCommand): Promise<Attempt> {
  const set = await loadTemplates(deps.store);
  const selected = selectTemplate(set.templates, cmd);
  if (!selected || selected.projectKey !== cmd.projectKey.toUpperCase()) {
    throw new ConfigMissingError(`incident template for ${cmd.projectKey} / ${cmd.issueTypeName}`);
  }
  const template = withExtraFields(selected, cmd.extraFields ?? []);
  const ref = { templateId: template.id, version: set.version };
  const resolved = await loadResolvedFields(deps.store);
  const result = prepareIncident(template, cmd.answers, {
    ref,
    resolved,
    now: deps.clock.now(),
    source: cmd.source,
    idempotencyKey: cmd.idempotencyKey,
    extraLabels: [idempotencyLabel(cmd.idempotencyKey)],
  });
  if (!result.ok) throw new ValidationError('Incident answers are not valid', result.errors);
  const unresolved = result.value.unresolvedFields;
  if (unresolved.length > 0) deps.logger.warn('incident fields not provisioned yet', { keys: unresolved.join(',') });
  return { template, ref, prepared: result.value, resolved };
}

/** Jira answered and certainly created nothing: the pending marker can go, so a retry skips the search. */
function createdNothing(error: unknown): boolean {
  if (error instanceof ValidationError || error instanceof PermissionError || error instanceof NotFoundError) return true;
  return error instanceof UpstreamError && error.status !== undefined && error.status < 500;
}

async function findEarlierFiling(deps: FileIncidentDeps, projectKey: string, key: string): Promise<CreatedIssue | undefined> {
  const [found] = await deps.jira.searchIssues(`project = "${projectKey}" AND labels = "${idempotencyLabel(key)}"`, 1);
  return found ? { id: found.id, key: found.key } : undefined;
}

async function complete(deps: FileIncidentDeps, storeKey: string, a: Attempt, issue: CreatedIssue, replayed: boolean): Promise<FiledIncident> {
  const result = {
    issueKey: issue.key,
    issueId: issue.id,
    priority: a.prepared.priority.level,
    priorityName: a.prepared.priority.jiraName,
    templateId: a.ref.templateId,
    templateVersion: a.ref.version,
  };
  const record: IdempotencyRecord = { state: 'done', completedAt: deps.clock.now().toISOString(), result };
  await deps.store.set(storeKey, record);
  deps.logger.info('incident filed', { issueKey: issue.key, templateId: a.ref.templateId, templateVersion: a.ref.version, replayed });
  return { ...result, replayed };
}

export async function fileIncident(deps: FileIncidentDeps, cmd: FileIncidentCommand): Promise<FiledIncident> {
  if (!isIdempotencyKey(cmd.idempotencyKey)) throw new BadRequestError('idempotencyKey must be 8–64 letters, digits, "-" or "_"');
  const storeKey = idempotencyStoreKey(cmd.idempotencyKey);
  const previous = await deps.store.get<IdempotencyRecord>(storeKey);
  if (previous?.state === 'done') {
    deps.logger.info('incident filing replayed', { issueKey: previous.result.issueKey });
    return { ...previous.result, replayed: true };
  }
  const attempt = await prepare(deps, cmd);
  if (previous?.state === 'pending') {
    const earlier = await findEarlierFiling(deps, previous.projectKey, cmd.idempotencyKey);
    if (earlier) return complete(deps, storeKey, attempt, earlier, true);
  }
  const pending: IdempotencyRecord = {
    state: 'pending',
    startedAt: deps.clock.now().toISOString(),
    projectKey: attempt.template.projectKey,
  };
  await deps.store.set(storeKey, pending);
  let created: CreatedIssue;
  try {
    created = await deps.jira.createIssue(attempt.prepared.issue);
  } catch (error: unknown) {
    // If this delete fails, the marker only costs the retry one search.
    if (createdNothing(error)) await deps.store.delete(storeKey).catch(() => deps.logger.warn('pending marker kept', { storeKey }));
    if (error instanceof ValidationError) {
      await throwIfMappedFieldDeleted(deps, attempt.template, attempt.resolved, Object.keys(error.fieldErrors));
      const jiraFields = Object.keys(error.fieldErrors).join(',');
      deps.logger.warn('Jira rejected the incident', { fields: jiraFields, templateId: attempt.ref.templateId });
      throw new ValidationError(error.message, jiraErrorsToAnswerErrors(attempt.template, error.fieldErrors, attempt.resolved));
    }
    throw error;
  }
  const filed = await complete(deps, storeKey, attempt, created, false);
  return { ...filed, assignment: await assignQuietly(deps, attempt.template, attempt.prepared.answers, created) };
}
