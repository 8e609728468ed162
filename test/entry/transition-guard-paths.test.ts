// The transition guard on the other paths and the issue's bad input, through the LocalHost and the real SDKs:
// Jira's bulk transition API (refuses the incomplete issues per issue, moves the complete ones, reports as the
// OpenAPI document says), the transition view's UI modifications and reopen options that provisioning
// registers from the settings, and a rule naming a deleted field (flagged for the admin; the validator fails closed).
import type { LocalHost } from '../../sandbox/host/local-host';
import { DEFAULT_TRANSITION_GUARD } from '../../src/domain/model/guard/defaults';
import { generateValidator } from '../../src/domain/rules/guard/generate-expression';
import type { GuardUiModificationDataDto, GuardValidatorConfigDto, ProvisionReportDto, Result, SettingsSectionDto } from '../../src/shared/contract';
import { validateRequestBody, validateResponse } from '../contract/openapi-validator';
import { jiraRequest, seededUser, startHost } from '../builders/host';
import { callAs, jiraGet } from '../builders/incident-host';

const GUARD = 'linebridge-transition-guard';
const OPEN_MESSAGE = 'Before the incident moves to Open, fill in: Error occurred at, Description';
let host: LocalHost;
let fields: Readonly<Record<string, string>>;

const admin = <T>(functionKey: string, payload: unknown): Promise<Result<T>> => callAs<T>(host, 'admin', functionKey, payload, 'linebridge-admin');
const adf = (text: string) => ({ type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });

async function asLine2(method: string, path: string, body?: unknown): Promise<{ status: number; json: unknown }> {
  const res = await host.jira.handle(jiraRequest(method, path, body), { kind: 'user', accountId: seededUser('line2').accountId });
  const json: unknown = res.body ? JSON.parse(res.body) : undefined;
  expect(validateResponse(method, path, res.status, json)).toEqual([]);
  return { status: res.status, json };
}

async function newIncident(extra: Record<string, unknown> = {}): Promise<{ id: number; key: string }> {
  const res = await host.jira.handle(jiraRequest('POST', '/rest/api/3/issue', { fields: { project: { key: 'SUP' }, issuetype: { name: 'Incident' }, summary: 'Checkout down', ...extra } }), { kind: 'user', accountId: seededUser('line1').accountId });
  const created = JSON.parse(res.body) as { id: string; key: string };
  return { id: Number(created.id), key: created.key };
}

async function configFor(ruleId: string): Promise<GuardValidatorConfigDto> {
  const result = await admin<{ config: GuardValidatorConfigDto }>('guard/validator-config', { ruleId });
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value.config;
}

beforeAll(async () => {
  host = await startHost();
  const provisioned = await admin<ProvisionReportDto>('templates/provision', {});
  if (!provisioned.ok) throw new Error(JSON.stringify(provisioned.error));
  fields = provisioned.value.resolved;
  host.jira.setTransitionValidators('SUP', '11', [{ moduleKey: GUARD, config: await configFor('sup-open') }]);
});
afterAll(async () => {
  await host.close();
});

describe('Jira’s bulk transition API', () => {
  it('moves the complete issues, refuses the incomplete ones with the validator’s message, and reports both', async () => {
    const filled = { description: adf('Checkout answers 500'), [fields.errorOccurredAt ?? '']: '2026-01-15T09:00:00.000+0000' };
    const complete = [await newIncident(filled), await newIncident(filled)];
    const incomplete = await newIncident();
    const body = { bulkTransitionInputs: [{ selectedIssueIdsOrKeys: [...complete.map((i) => i.key), incomplete.key, 'SUP-99999'], transitionId: '11' }] };
    expect(validateRequestBody('POST', '/rest/api/3/bulk/issues/transition', body)).toEqual([]);
    const submitted = await asLine2('POST', '/rest/api/3/bulk/issues/transition', body);
    expect(submitted.status).toBe(201);
    const { taskId } = submitted.json as { taskId: string };
    const progress = await asLine2('GET', `/rest/api/3/bulk/queue/${taskId}`);
    expect(progress.json).toMatchObject({
      status: 'COMPLETE', progressPercent: 100, totalIssueCount: 4, invalidOrInaccessibleIssueCount: 1,
      processedAccessibleIssues: complete.map((i) => i.id), failedAccessibleIssues: { [String(incomplete.id)]: [OPEN_MESSAGE] },
    });
    const statusOf = async (key: string) => (await jiraGet<{ fields: { status: { name: string } } }>(host, `/rest/api/3/issue/${key}?fields=status`)).fields.status.name;
    expect(await Promise.all([...complete, incomplete].map((i) => statusOf(i.key)))).toEqual(['Open', 'Open', 'New']);
  });

  it('answers the bulk error envelope for a malformed request and an unknown task', async () => {
    const bad = await asLine2('POST', '/rest/api/3/bulk/issues/transition', { bulkTransitionInputs: [{ selectedIssueIdsOrKeys: [], transitionId: '11' }] });
    expect(bad).toEqual({ status: 400, json: { errors: [{ message: 'Some of the issues in the issueIdsOrKeys are not valid' }] } });
    expect((await asLine2('GET', '/rest/api/3/bulk/queue/1')).status).toBe(400);
  });
});

describe('provisioning for the transition screen', () => {
  it('syncs the reopen reasons from the settings and registers the transition view’s UI modification, idempotently', async () => {
    const value = { ...DEFAULT_TRANSITION_GUARD, reopenReasons: [...DEFAULT_TRANSITION_GUARD.reopenReasons, 'Wrong fix deployed'] };
    const saved = await admin<SettingsSectionDto>('settings/save', { section: 'transitionGuard', value, expectedVersion: 0 });
    expect(saved.ok).toBe(true);
    const report = await admin<ProvisionReportDto>('guard/provision-screens', {});
    if (!report.ok) throw new Error(JSON.stringify(report.error));
    expect(report.value.steps.filter((s) => s.kind !== 'screen').map((s) => [s.kind, s.target, s.outcome])).toEqual([
      ['options', 'Reopen reason', 'created'], ['uiModification', 'SUP / IssueTransition', 'created'],
    ]);
    const reasonField = fields.reopenReason ?? '';
    const contexts = await jiraGet<{ values: { id: string }[] }>(host, `/rest/api/3/field/${reasonField}/context`);
    const options = await jiraGet<{ values: { value: string }[] }>(host, `/rest/api/3/field/${reasonField}/context/${contexts.values[0]?.id ?? ''}/option`);
    expect(options.values.map((o) => o.value)).toContain('Wrong fix deployed');

    const mods = await jiraGet<{ values: { name: string; data: string; contexts: { viewType: string }[] }[] }>(host, '/rest/api/3/uiModifications?expand=data,contexts');
    const mod = mods.values.find((m) => m.name === 'LineBridge transition guard: SUP');
    expect(new Set(mod?.contexts.map((c) => c.viewType))).toEqual(new Set(['IssueTransition']));
    const data = JSON.parse(mod?.data ?? '{}') as GuardUiModificationDataDto;
    expect(data.rules.map((r) => [r.ruleId, r.transitionIds, r.fields.map((f) => f.fieldId), r.requireComment])).toEqual([
      ['sup-open', ['11'], [fields.errorOccurredAt, 'description'], false],
      ['sup-reopen', ['71'], [reasonField], true],
      ['sup-reopen-progress', ['81'], [reasonField], true],
    ]);
    expect(data.rules[0]?.l.ru?.m).toBe('Чтобы перевести инцидент в Open, заполните: {fields}');

    const again = await admin<ProvisionReportDto>('guard/provision-screens', {});
    expect(again.ok && again.value.steps.filter((s) => s.kind !== 'screen').map((s) => s.outcome)).toEqual(['exists', 'exists']);
  });
});

describe('a rule naming a field that no longer exists', () => {
  it('is flagged in the overview and cannot be configured', async () => {
    const overview0 = await admin<{ version: number }>('guard/overview', {});
    const version = overview0.ok ? overview0.value.version : 0;
    const gone = { ref: { kind: 'jira', fieldId: 'customfield_99999' }, check: 'nonEmpty', label: { en: 'Root cause', ru: 'Причина' } };
    const rules = [...DEFAULT_TRANSITION_GUARD.rules, { ...DEFAULT_TRANSITION_GUARD.rules[0], id: 'sup-root-cause', fields: [gone] }];
    const saved = await admin<SettingsSectionDto>('settings/save', { section: 'transitionGuard', value: { ...DEFAULT_TRANSITION_GUARD, rules }, expectedVersion: version });
    expect(saved.ok).toBe(true);
    const overview = await admin<{ rules: { ruleId: string; problems: { messageKey: string; params: Record<string, string> }[] }[] }>('guard/overview', {});
    if (!overview.ok) throw new Error(JSON.stringify(overview.error));
    expect(overview.value.rules.find((r) => r.ruleId === 'sup-root-cause')?.problems).toEqual([
      { messageKey: 'guard.error.fieldGone', params: { field: 'customfield_99999' } },
    ]);
    expect(await admin('guard/validator-config', { ruleId: 'sup-root-cause' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('fails closed with the module’s message when the field vanished after the validator was configured', async () => {
    const siteFields = [{ id: 'customfield_99999', name: 'Root cause', customType: 'com.atlassian.jira.plugin.system.customfieldtypes:textfield' }];
    const rule = { ...DEFAULT_TRANSITION_GUARD.rules[0]!, fields: [{ ref: { kind: 'jira' as const, fieldId: 'customfield_99999' }, check: 'nonEmpty' as const, label: { en: 'Root cause', ru: 'Причина' } }] };
    const generated = generateValidator(rule, {}, siteFields);
    if (!generated.ok) throw new Error(JSON.stringify(generated.problems));
    host.jira.setTransitionValidators('SUP', '11', [{ moduleKey: GUARD, config: generated.config }]);
    const issue = await newIncident();
    const res = await asLine2('POST', `/rest/api/3/issue/${issue.key}/transitions`, { transition: { id: '11' } });
    expect(res.status).toBe(400);
    expect((res.json as { errorMessages: string[] }).errorMessages[0]).toMatch(/^LineBridge could not check the required fields of this transition/);
    host.jira.setTransitionValidators('SUP', '11', [{ moduleKey: GUARD, config: await configFor('sup-open') }]);
  });
});
