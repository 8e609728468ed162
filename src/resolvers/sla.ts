// The SLA resolvers of the admin page: the recomputation's progress, "recompute now" (admins only,
// checked in the use case) and reading holidays from an iCalendar file. Thin, like every resolver.
import type Resolver from '@forge/resolver';
import { services, slaServices } from '../composition';
import { getSlaRecomputeStatus } from '../domain/use-cases/sla/get-sla-recompute-status';
import { importIcalHolidays } from '../domain/use-cases/sla/import-ical-holidays';
import { recomputeSlaNow } from '../domain/use-cases/sla/recompute-sla-now';
import { guarded } from './define';
import { asRecord, requireString } from './payload';

const logger = () => services().logger;

export function defineSlaResolvers(resolver: Resolver): void {
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
