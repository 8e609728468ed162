import { BadRequestError, ConfigMissingError, PermissionError, UpstreamError, ValidationError } from '../../../src/domain/errors';
import { idempotencyLabel, idempotencyStoreKey, INCIDENT_PROPERTY_KEY, RESOLVED_FIELDS_KEY } from '../../../src/domain/model/template/incident';
import { fileIncident, type FileIncidentCommand } from '../../../src/domain/use-cases/file-incident';
import { aFileCommand, someAnswers } from '../../builders/template';
import { fakeServices, recordingLogger } from '../../builders/services';

const resolved = { errorOccurredAt: 'customfield_10050', clientId: 'customfield_10051', affectedScope: 'customfield_10052' };

function setup() {
  const services = fakeServices({ logger: recordingLogger() });
  const deps = { store: services.store, jira: services.jiraAsUser, clock: services.clock, logger: services.logger as ReturnType<typeof recordingLogger> };
  return { deps, jira: services.jiraAsUser, store: services.store };
}

const file = (deps: ReturnType<typeof setup>['deps'], overrides: Partial<FileIncidentCommand> = {}) => fileIncident(deps, aFileCommand(overrides));

describe('fileIncident', () => {
  it('creates one issue with the rendered summary, priority, fields, labels and incident property', async () => {
    const { deps, jira, store } = setup();
    await store.set(RESOLVED_FIELDS_KEY, resolved);
    const filed = await file(deps, { answers: someAnswers({ scope: 'allClients' }) });
    expect(filed).toEqual({ issueKey: 'SUP-100', issueId: '10100', priority: 'critical', priorityName: 'Critical', templateId: 'sup-incident-en', templateVersion: 0, replayed: false });
    const issue = jira.created[0];
    expect(issue).toMatchObject({
      projectKey: 'SUP', issueTypeName: 'Incident', summary: '[4711] Checkout answers 500 since the morning. The client retried twice.', priorityName: 'Critical',
      labels: ['linebridge', idempotencyLabel(aFileCommand().idempotencyKey)],
      customFields: { customfield_10050: '2026-11-02T07:30:00.000+0000', customfield_10051: '4711', customfield_10052: { value: 'All clients' } },
    });
    expect(issue?.properties).toEqual([{ key: INCIDENT_PROPERTY_KEY, value: {
      templateId: 'sup-incident-en', templateVersion: 0, source: 'form', idempotencyKey: aFileCommand().idempotencyKey,
      errorOccurredAt: '2026-11-02T07:30:00.000Z', clientId: '4711', affectedScope: 'allClients',
    } }]);
    expect(await store.get(idempotencyStoreKey(aFileCommand().idempotencyKey))).toMatchObject({ state: 'done', result: { issueKey: 'SUP-100' } });
  });

  it('answers a retry with the same key with the same issue and creates nothing new', async () => {
    const { deps, jira } = setup();
    const first = await file(deps);
    const again = await file(deps, { answers: someAnswers({ what: 'edited after submit' }) });
    expect(again).toEqual({ ...first, replayed: true });
    expect(jira.createCalls).toBe(1);
  });

  it('finds the issue Jira created before a crash, by its label, instead of creating a second one', async () => {
    const { deps, jira } = setup();
    jira.crashAfterNextCreate(new UpstreamError('socket hang up', 'jira', undefined, { retryable: true }));
    await expect(file(deps)).rejects.toBeInstanceOf(UpstreamError);
    const retried = await file(deps);
    expect(retried).toMatchObject({ issueKey: 'SUP-100', replayed: true });
    expect(jira.createCalls).toBe(1);
    expect(jira.searches).toEqual([`project = "SUP" AND labels = "${idempotencyLabel(aFileCommand().idempotencyKey)}"`]);
  });

  it('creates again when Jira’s index has not caught up after a crash (the documented gap)', async () => {
    const { deps, jira } = setup();
    jira.crashAfterNextCreate(new UpstreamError('timeout', 'jira', 504, { retryable: true }));
    jira.searchable = false;
    await expect(file(deps)).rejects.toBeInstanceOf(UpstreamError);
    await file(deps);
    expect(jira.created).toHaveLength(2);
  });

  it('maps Jira’s 400 field errors onto the answers, keeps nothing pending and lets the agent retry', async () => {
    const { deps, jira, store } = setup();
    await store.set(RESOLVED_FIELDS_KEY, resolved);
    jira.failNextCreate(new ValidationError('Jira rejected', { customfield_10050: 'validation.jiraRejected', summary: 'validation.jiraRejected', components: 'validation.jiraRejected' }));
    const error = await file(deps).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).fieldErrors).toEqual({ occurredAt: 'validation.jiraRejected', clientId: 'validation.jiraRejected', _: 'validation.jiraRejectedIssue' });
    expect(await store.get(idempotencyStoreKey(aFileCommand().idempotencyKey))).toBeUndefined();
    await file(deps);
    expect(jira.searches).toEqual([]);
    expect(jira.created).toHaveLength(1);
  });

  it('passes Jira’s 403 on as a permission error and creates nothing', async () => {
    const { deps, jira } = setup();
    jira.failNextCreate(new PermissionError('Jira refused issue create (403)'));
    await expect(file(deps)).rejects.toBeInstanceOf(PermissionError);
    expect(jira.created).toEqual([]);
  });

  it('passes Jira’s 429 on as retryable with the wait, and a later retry files once', async () => {
    const { deps, jira } = setup();
    jira.failNextCreate(new UpstreamError('Jira throttled', 'jira', 429, { retryable: true, retryAfterMs: 30_000 }));
    const error = (await file(deps).catch((e: unknown) => e)) as UpstreamError;
    expect(error.toPayload()).toMatchObject({ code: 'UPSTREAM', retryable: true, messageKey: 'error.UPSTREAM_THROTTLED', params: { seconds: 30 } });
    await file(deps);
    expect(jira.created).toHaveLength(1);
  });

  it('refuses invalid answers before calling Jira, naming each field', async () => {
    const { deps, jira, store } = setup();
    const error = await file(deps, { answers: someAnswers({ clientId: 'not an id!', scope: undefined }) }).catch((e: unknown) => e);
    expect((error as ValidationError).fieldErrors).toEqual({ clientId: 'validation.clientId', scope: 'validation.required' });
    expect(jira.createCalls).toBe(0);
    expect(await store.list('incident-idem:')).toEqual({ entries: [] });
  });

  it('refuses a malformed idempotency key and a project without a template', async () => {
    const { deps } = setup();
    await expect(file(deps, { idempotencyKey: 'short' })).rejects.toBeInstanceOf(BadRequestError);
    await expect(file(deps, { idempotencyKey: 'key with spaces and "quotes"' })).rejects.toBeInstanceOf(BadRequestError);
    await expect(file(deps, { projectKey: 'OPS' })).rejects.toBeInstanceOf(ConfigMissingError);
    await expect(file(deps, { projectKey: 'OPS', templateId: 'sup-incident-en' })).rejects.toBeInstanceOf(ConfigMissingError);
  });

  it('writes the issue in Russian from the Russian template, for the Telegram bridge too', async () => {
    const { deps, jira } = setup();
    const filed = await file(deps, { locale: 'ru', source: 'telegram' });
    expect(filed.templateId).toBe('sup-incident-ru');
    expect(jira.created[0]?.description.content[0]).toEqual({ type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Обращение клиента' }] });
    expect(jira.created[0]?.properties[0]?.value).toMatchObject({ source: 'telegram' });
  });

  it('files without custom fields before provisioning ran, and says so in the log', async () => {
    const { deps, jira } = setup();
    await file(deps);
    expect(jira.created[0]?.customFields).toEqual({});
    expect(deps.logger.lines.find((l) => l.level === 'warn')?.fields).toEqual({ keys: 'errorOccurredAt,clientId,affectedScope' });
  });

  it('never writes the answers into the log', async () => {
    const { deps } = setup();
    await file(deps);
    expect(JSON.stringify(deps.logger.lines)).not.toMatch(/Checkout|4711|ACME/);
  });
});
