// Helpers for incident-intake entry tests: the shipped resolvers called as the form and the admin page call
// them, and reads of the Jira stand-in as a Jira admin would look (as the app, bypassing the app's code).
import type { LocalHost } from '../../sandbox/host/local-host';
import type { ProvisionReportDto, Result } from '../../src/shared/contract';
import { jiraRequest, seededUser } from './host';

export const FORM_MODULE = 'linebridge-file-incident-global';

export async function callAs<T>(host: LocalHost, role: 'line1' | 'line2' | 'lead' | 'admin', functionKey: string, payload: unknown, moduleKey = FORM_MODULE): Promise<Result<T>> {
  const context = { extension: { type: moduleKey === FORM_MODULE ? 'jira:projectPage' : 'jira:adminPage', project: { key: 'SUP' } } };
  return (await host.invokeResolver({ moduleKey, functionKey, payload, accountId: seededUser(role).accountId, context })) as Result<T>;
}

/** Provisions the templates' fields as the Jira admin on the admin page; logical field key → custom field id. */
export async function provisionFields(host: LocalHost): Promise<Readonly<Record<string, string>>> {
  const report = await callAs<ProvisionReportDto>(host, 'admin', 'templates/provision', {}, 'linebridge-admin');
  if (!report.ok || !report.value.ok) throw new Error(`provisioning failed: ${JSON.stringify(report)}`);
  return report.value.resolved;
}

export async function jiraGet<T>(host: LocalHost, pathAndQuery: string): Promise<T> {
  const res = await host.jira.handle(jiraRequest('GET', pathAndQuery), { kind: 'app' });
  if (res.status !== 200) throw new Error(`GET ${pathAndQuery} answered ${res.status}: ${res.body}`);
  return JSON.parse(res.body) as T;
}

/** Issues of SUP carrying a label, through JQL as the app. */
export async function issuesLabelled(host: LocalHost, label: string): Promise<string[]> {
  const jql = encodeURIComponent(`project = SUP AND labels = "${label}"`);
  const found = await jiraGet<{ issues: { key: string }[] }>(host, `/rest/api/3/search/jql?jql=${jql}&fields=summary`);
  return found.issues.map((i) => i.key);
}

/** Answers for the default template with a moment one hour ago (the host clock is real time). */
export function formAnswers(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    what: 'Checkout answers 500 since the morning.\nThe client retried twice.',
    clientId: '4711',
    occurredAt: new Date(Date.now() - 3_600_000).toISOString(),
    scope: 'oneOrFew',
    evidence: 'HTTP 500 /checkout\n  at PaymentService.charge (payment.ts:42)',
    contact: 'Telegram group "ACME support"',
    ...overrides,
  };
}
