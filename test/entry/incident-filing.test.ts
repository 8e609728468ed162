// Filing from the "File incident" form through the shipped resolvers and the real SDKs, as a line-1 agent:
// the issue gets the structured ADF description, the rules' priority and the provisioned custom fields;
// a retry never creates a second issue; bad answers and Jira's throttling come back as clear errors.
import type { LocalHost } from '../../sandbox/host/local-host';
import type { FiledIncidentDto, IncidentDuplicatesDto, IncidentPreviewDto, IncidentTemplatesDto } from '../../src/shared/contract';
import { startHost } from '../builders/host';
import { callAs, formAnswers, issuesLabelled, jiraGet, provisionFields } from '../builders/incident-host';

let host: LocalHost;
let resolved: Readonly<Record<string, string>>;
let keySeq = 0;
const newKey = () => `test-idem-${Date.now()}-${++keySeq}`;
const file = (answers: Record<string, unknown>, idempotencyKey = newKey()) =>
  callAs<FiledIncidentDto>(host, 'line1', 'incidents/create', { idempotencyKey, templateId: 'sup-incident-en', projectKey: 'SUP', issueTypeName: 'Incident', answers });
const issueCreates = () => host.jiraExchanges.filter((e) => e.request.method === 'POST' && e.request.path === '/rest/api/3/issue').length;

type IssueJson = { key: string; fields: Record<string, unknown> & { priority: { name: string }; labels: string[]; description: { content: { type: string; content?: { text?: string }[] }[] } } };

beforeEach(async () => {
  host = await startHost();
  resolved = await provisionFields(host);
});
afterEach(async () => {
  await host.close();
});

describe('filing an incident from the form', () => {
  it('offers the project template in the agent language', async () => {
    const result = await callAs<IncidentTemplatesDto>(host, 'line1', 'incidents/templates', { projectKey: 'SUP', locale: 'ru' });
    expect(result).toMatchObject({ ok: true, value: { selectedId: 'sup-incident-ru', templates: [{ id: 'sup-incident-ru', clientIdFieldId: 'clientId' }] } });
  });

  it('prefills a follow-up with the client ID of the issue it continues', async () => {
    const filed = await file(formAnswers({ clientId: 'ACME-7' }));
    if (!filed.ok) throw new Error('filing failed');
    const followUp = await callAs<IncidentTemplatesDto>(host, 'line1', 'incidents/templates', { projectKey: 'SUP', issueKey: filed.value.issueKey, locale: 'en' });
    expect(followUp).toMatchObject({ ok: true, value: { followUpClientId: 'ACME-7' } });
    const notOurs = await callAs<IncidentTemplatesDto>(host, 'line1', 'incidents/templates', { projectKey: 'SUP', issueKey: 'SUP-1', locale: 'en' });
    expect(notOurs).toMatchObject({ ok: true, value: { followUpClientId: null } });
  });

  it('previews the priority the rules give the answers so far', async () => {
    const preview = await callAs<IncidentPreviewDto>(host, 'line1', 'incidents/preview', { templateId: 'sup-incident-en', answers: { scope: 'allClients', clientId: '4711' } });
    expect(preview).toEqual({ ok: true, value: { priority: 'critical', priorityName: 'Critical', ruleId: 'allClients', ruleFieldIds: ['scope'], summary: '[4711]' } });
  });

  it('creates the issue with the structured description, the right priority and the custom fields filled', async () => {
    const result = await file(formAnswers({ scope: 'allClients' }));
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    expect(result.value).toMatchObject({ priority: 'critical', priorityName: 'Critical', replayed: false, templateId: 'sup-incident-en' });
    const issue = await jiraGet<IssueJson>(host, `/rest/api/3/issue/${result.value.issueKey}`);
    expect(issue.fields.priority.name).toBe('Critical');
    const headings = issue.fields.description.content.filter((b) => b.type === 'heading').map((b) => b.content?.[0]?.text);
    expect(headings).toEqual(['Client report', 'Facts', 'Steps or evidence']);
    expect(issue.fields.description.content.some((b) => b.type === 'blockquote')).toBe(true);
    expect(issue.fields[resolved.clientId ?? '']).toBe('4711');
    expect(issue.fields[resolved.affectedScope ?? '']).toMatchObject({ value: 'All clients' });
    expect(typeof issue.fields[resolved.errorOccurredAt ?? '']).toBe('string');
    const property = await jiraGet<{ value: Record<string, unknown> }>(host, `/rest/api/3/issue/${result.value.issueKey}/properties/linebridge.incident`);
    expect(property.value).toMatchObject({ clientId: '4711', affectedScope: 'allClients', templateId: 'sup-incident-en', source: 'form' });
  });

  it('files one issue for a retry with the same idempotency key', async () => {
    const key = newKey();
    const first = await file(formAnswers(), key);
    const again = await file(formAnswers(), key);
    expect(first.ok && again.ok && again.value.issueKey === first.value.issueKey && again.value.replayed).toBe(true);
    expect(await issuesLabelled(host, `lb-filed-${key}`)).toHaveLength(1);
  });

  it('refuses a 40,000-character report next to its field and creates nothing', async () => {
    const before = issueCreates();
    const result = await file(formAnswers({ what: 'x'.repeat(40_000) }));
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', fieldErrors: { what: 'validation.descriptionTooLong' } } });
    expect(issueCreates()).toBe(before);
  });

  it('refuses a malformed client ID next to its field', async () => {
    const result = await file(formAnswers({ clientId: 'no spaces allowed!' }));
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', fieldErrors: { clientId: 'validation.clientId' } } });
  });

  it('reports Jira throttling as retryable, and the retry files exactly one issue', async () => {
    const key = newKey();
    host.jira.knobs.failNext(/^POST \/rest\/api\/3\/issue$/, 429, { retryAfterSeconds: 7 });
    const throttled = await file(formAnswers(), key);
    expect(throttled).toEqual({ ok: false, error: { code: 'UPSTREAM', messageKey: 'error.UPSTREAM_THROTTLED', params: { seconds: 7 }, retryable: true } });
    const retried = await file(formAnswers(), key);
    expect(retried).toMatchObject({ ok: true, value: { replayed: false } });
    expect(await issuesLabelled(host, `lb-filed-${key}`)).toHaveLength(1);
  });

  it('warns about an open incident of the same client from the last 24 hours, with its key', async () => {
    const filed = await file(formAnswers({ clientId: 'ACME-042' }));
    if (!filed.ok) throw new Error('filing failed');
    const same = await callAs<IncidentDuplicatesDto>(host, 'line1', 'incidents/duplicates', { templateId: 'sup-incident-en', clientId: 'ACME-042' });
    expect(same).toMatchObject({ ok: true, value: { issues: [{ key: filed.value.issueKey }] } });
    const other = await callAs<IncidentDuplicatesDto>(host, 'line1', 'incidents/duplicates', { templateId: 'sup-incident-en', clientId: 'ACME-043' });
    expect(other).toEqual({ ok: true, value: { issues: [] } });
  });
});
