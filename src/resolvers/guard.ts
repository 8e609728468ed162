// The transition-guard resolvers: the validator's create/edit screen asks for a rule's generated config;
// the admin page asks for the rule overview and for transition-screen provisioning. Thin: each parses the
// payload and calls one use case; the use cases check that the caller administers Jira.
import type Resolver from '@forge/resolver';
import { guardServices, services } from '../composition';
import { guardOverview } from '../domain/use-cases/guard/guard-overview';
import { provisionTransitionScreens } from '../domain/use-cases/guard/provision-transition-screens';
import { validatorConfig } from '../domain/use-cases/guard/validator-config';
import { guarded } from './define';
import { asRecord, requireString } from './payload';

const RULE_ID = /^[A-Za-z0-9._-]{1,40}$/;
const logger = () => services().logger;

export function defineGuardResolvers(resolver: Resolver): void {
  resolver.define(
    'guard/validator-config',
    guarded('guard/validator-config', logger, async ({ payload }) => validatorConfig(guardServices(), requireString(asRecord(payload), 'ruleId', RULE_ID))),
  );
  resolver.define('guard/overview', guarded('guard/overview', logger, async () => guardOverview(guardServices())));
  resolver.define('guard/provision-screens', guarded('guard/provision-screens', logger, async () => provisionTransitionScreens(guardServices())));
}
