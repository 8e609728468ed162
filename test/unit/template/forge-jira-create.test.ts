// ForgeJira.createIssue/searchIssues against the Jira stand-in (in memory, no network): the request is a
// documented operation with a valid body, and Jira's 400/429 come back as the domain's typed errors.
import type { RequestInit as ForgeRequestInit } from '@forge/api';
import { fromFetchInit, toFetchResponse } from '../../../sandbox/http-types';
import { ForgeJira } from '../../../src/adapters/forge-jira';
import { UpstreamError, ValidationError } from '../../../src/domain/errors';
import type { NewIssue } from '../../../src/domain/ports';
import { defaultTemplate } from '../../../src/domain/model/template/defaults';
import { prepareIncident } from '../../../src/domain/rules/template/prepare-incident';
import { validateRequestBody, validateResponse } from '../../contract/openapi-validator';
import { ANNA, makeJira, type JiraHarness } from '../../contract/jira-harness';
import { someAnswers } from '../../builders/template';

let harness: JiraHarness;
const problems: string[] = [];

function jiraFor(h: JiraHarness): ForgeJira {
  return new ForgeJira({
    requestJira: async (path: { value: string }, init: ForgeRequestInit = {}) => {
      const req = await fromFetchInit(path.value, init);
      const res = await h.jira.handle(req, ANNA);
      if (req.body) problems.push(...validateRequestBody(req.method, req.path, JSON.parse(req.body)));
      problems.push(...validateResponse(req.method, req.path, res.status, res.body ? JSON.parse(res.body) : undefined));
      return toFetchResponse(res);
    },
  });
}

function anIssue(overrides: Partial<NewIssue> = {}): NewIssue {
  const template = defaultTemplate('en');
  const prepared = prepareIncident(template, someAnswers({ scope: 'allClients' }), {
    ref: { templateId: template.id, version: 0 }, resolved: {}, now: new Date(harness.now() + 365 * 86_400_000), source: 'form', extraLabels: ['lb-filed-abcdefgh'],
  });
  if (!prepared.ok) throw new Error(JSON.stringify(prepared.errors));
  return { ...prepared.value.issue, ...overrides };
}

beforeEach(async () => {
  harness = await makeJira();
  problems.length = 0;
});

describe('ForgeJira creating incidents', () => {
  it('creates the issue with its ADF description, priority, labels and property, then finds it by label', async () => {
    const jira = jiraFor(harness);
    const created = await jira.createIssue(anIssue());
    expect(created.key).toMatch(/^SUP-\d+$/);
    const stored = await harness.call(ANNA, 'GET', `/rest/api/3/issue/${created.key}?fields=priority,labels,description&properties=linebridge.incident`);
    expect(stored.body).toMatchObject({
      fields: { priority: { name: 'Critical' }, labels: ['linebridge', 'lb-filed-abcdefgh'], description: { type: 'doc', version: 1 } },
      properties: { 'linebridge.incident': { templateId: 'sup-incident-en', templateVersion: 0, affectedScope: 'allClients' } },
    });
    const found = await jira.searchIssues('project = "SUP" AND labels = "lb-filed-abcdefgh"', 1);
    expect(found.map((i) => i.key)).toEqual([created.key]);
    expect(problems).toEqual([]);
  });

  it('turns Jira’s 400 into a ValidationError keyed by the Jira field', async () => {
    const error = await jiraFor(harness).createIssue(anIssue({ customFields: { customfield_99999: 'x' } })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).fieldErrors).toEqual({ customfield_99999: 'validation.jiraRejected' });
  });

  it('turns Jira’s 429 into a retryable UpstreamError that keeps Retry-After', async () => {
    harness.jira.knobs.failNext(/\/rest\/api\/3\/issue$/, 429, { retryAfterSeconds: 7 });
    const error = await jiraFor(harness).createIssue(anIssue()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UpstreamError);
    expect(error).toMatchObject({ retryable: true, retryAfterMs: 7000, status: 429 });
  });
});
