// The resolver behind the support-lines surfaces (project page, global page, dashboard gadget, handoff issue
// panel). Thin: parse the payload, get services, call one use case, return Result<T> (STYLE.md rule 2).
import Resolver from '@forge/resolver';
import { linesServices } from '../composition';
import { BadRequestError, PermissionError, ValidationError } from '../domain/errors';
import { parsePanelFilters } from '../domain/model/lines/panel-filters';
import { getIssueLines, rateHandoff } from '../domain/use-cases/lines/issue-lines';
import { jobStatusDto, readJob } from '../domain/use-cases/lines/job-state';
import { readPanel } from '../domain/use-cases/lines/read-panel';
import { startJob } from '../domain/use-cases/lines/start-job';
import type { BackfillActionDto } from '../shared/contract-lines';
import { readCsatComments } from '../domain/use-cases/lines/csat-comments';
import { guarded } from './define';
import { defineAccountLinkResolver } from './telegram-account-link';
import { asRecord, requireAccountId, requireInteger, requireString } from './payload';

const ISSUE_KEY = /^[A-Z][A-Z0-9_]{0,254}-[1-9][0-9]{0,9}$/;
const ACTIONS: readonly BackfillActionDto[] = ['start', 'resume', 'recompute'];
const logger = () => linesServices().logger;
const resolver = new Resolver();

resolver.define(
  'lines/panel',
  guarded('lines/panel', logger, async ({ payload }) => {
    const parsed = parsePanelFilters(payload);
    if (!parsed.value) throw new ValidationError('invalid panel filters', parsed.errors);
    return readPanel(linesServices(), parsed.value);
  }),
);

resolver.define(
  'lines/issue',
  guarded('lines/issue', logger, async ({ payload, context }) => {
    const issueKey = requireString(asRecord(payload), 'issueKey', ISSUE_KEY);
    return getIssueLines(linesServices(), issueKey, requireAccountId(context));
  }),
);

resolver.define(
  'lines/rate',
  guarded('lines/rate', logger, async ({ payload, context }) => {
    const record = asRecord(payload);
    if (typeof record.anonymous !== 'boolean') throw new BadRequestError('anonymous must be a boolean');
    const rate = {
      issueKey: requireString(record, 'issueKey', ISSUE_KEY),
      cycle: requireInteger(record, 'cycle'),
      score: typeof record.score === 'number' ? record.score : NaN,
      comment: typeof record.comment === 'string' ? record.comment : '',
      anonymous: record.anonymous,
    };
    return rateHandoff(linesServices(), rate, requireAccountId(context));
  }),
);

resolver.define(
  'lines/job',
  guarded('lines/job', logger, async ({ payload, context }) => {
    const action = asRecord(payload).action;
    if (!ACTIONS.includes(action as BackfillActionDto)) throw new BadRequestError('unknown action');
    const deps = linesServices();
    if (!(await deps.jiraAsUser.hasGlobalPermission('ADMINISTER'))) throw new PermissionError('only Jira admins run the support-lines jobs', 'error.adminOnly');
    const job = await startJob(deps, { kind: action === 'recompute' ? 'recompute' : 'backfill', requestedBy: requireAccountId(context), resume: action === 'resume' });
    return jobStatusDto(job, deps.clock.now().getTime());
  }),
);

resolver.define(
  'lines/job-status',
  guarded('lines/job-status', logger, async () => {
    const deps = linesServices();
    return jobStatusDto(await readJob(deps.store), deps.clock.now().getTime());
  }),
);

resolver.define(
  'lines/csat-comments',
  guarded('lines/csat-comments', logger, async ({ payload, context }) => {
    const parsed = parsePanelFilters(payload);
    if (!parsed.value) throw new ValidationError('invalid panel filters', parsed.errors);
    return readCsatComments(linesServices(), parsed.value, requireAccountId(context));
  }),
);

defineAccountLinkResolver(resolver);

export const linesResolver = resolver.getDefinitions();
