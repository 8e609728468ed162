// The SLA definitions and calendar the facts measure with: the `sla` settings section as the SLA engine
// reads it (model/sla/sla-settings.ts), falling back to PRODUCT.md's defaults. Never throws.
import type { KeyValueStore } from '../../ports';
import { readSlaSettings, type SlaSettings } from '../../model/sla/sla-settings';
import { readSection } from '../get-settings';

export type SlaConfig = SlaSettings;

export async function readSlaConfig(store: KeyValueStore): Promise<SlaConfig> {
  return readSlaSettings((await readSection(store, 'sla')).value);
}
