// Loads the rule overview (`guard/overview`, admins only) for the guard section: the overview table, the
// site's fields for the field picker and the flags in the rule list. Reloaded after a save or provisioning.
import type { GuardResolverContract } from '@shared/contract';
import { useResolver, type Resolved } from '@ui/use-resolver';
import { api } from '../api';

export type OverviewData = GuardResolverContract['guard/overview']['result'];
export type OverviewState = Resolved<OverviewData>;

const load = () => api.call('guard/overview', {});

export function useGuardOverview(): OverviewState {
  return useResolver(load);
}
