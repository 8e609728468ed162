// The SLA resolvers: the clocks of one issue (issue panel and issue context, as the caller), and for the
// admin page the recomputation's progress, "recompute now" (admins only, checked in the use case) and
// reading holidays from an iCalendar file. Thin, like every resolver.
import type Resolver from '@forge/resolver';
import { issuePropertiesAsUser, services, slaServices } from '../composition';
import { getSlaIssueView } from '../domain/use-cases/sla/get-sla-issue-view';
import { getSlaRecomputeStatus } from '../domain/use-cases/sla/get-sla-recompute-status';
import { importIcalHolidays } from '../domain/use-cases/sla/import-ical-holidays';
import { recomputeSlaNow } from '../domain/use-cases/sla/recompute-sla-now';
import { guarded } from './define';
import { asRecord, requireString } from './payload';

const ISSUE_KEY = /^[A-Z][A-Z0-9_]{0,254}-[1-9][0-9]{0,9}$/;
const logger = () => services().logger;

export function defineSlaResolvers(resolver: Resolver): void {
  resolver.define(
    'sla/issue',
    guarded('sla/issue', logger, async ({ payload }) => {
      const issueKey = requireString(asRecord(payload), 'issueKey', ISSUE_KEY);
      return getSlaIssueView({ ...slaServices(), jiraAsUser: services().jiraAsUser, propertiesAsUser: issuePropertiesAsUser() }, issueKey);
    }),
  );

  resolver.define(
    'sla/recompute-status',
    guarded('sla/recompute-status', logger, async () => getSlaRecomputeStatus(services())),
  );

  resolver.define(
    'sla/recompute-start',
    guarded('sla/recompute-start', logger, async () => recomputeSlaNow({ ...slaServices(), jiraAsUser: services().jiraAsUser })),
  );

  resolver.define(
    'sla/parse-ical',
    guarded('sla/parse-ical', logger, async ({ payload }) => importIcalHolidays(services(), requireString(asRecord(payload), 'text'))),
  );
}
