// Loads the demo data into a running local host once: ~600 SUP incidents with 12 weeks of history before the
// anchor (00:00 UTC of the day it runs), through the Jira stand-in's REST routes with its clock
// moved back. Product events are not dispatched meanwhile (see SeedClock). Never seeds over existing data.
import type { LocalHost } from '../host/local-host';
import { demoAnchor } from './calendar';
import { DEMO_ISSUE_COUNT } from './demo-plan';
import { jiraCaller } from './rest-client';
import { readSeedMarker, writeSeedMarker } from './seed-marker';
import { DEMO_SEED_STEPS, type SeedState, type SeedStep } from './seed-steps';
import { SEED_USERS } from '../jira/seed-users';

export const DEMO_SEED_NAME = 'demo-v1';
/** Issues seed-base.ts puts into SUP; more than these without our marker means someone else's data. */
export const BASE_SEED_ISSUE_COUNT = 3;

export type DemoSeedHost = Pick<LocalHost, 'jira' | 'db' | 'seedClock'> & Partial<Pick<LocalHost, 'invokeResolver' | 'telegram'>>;
export type DemoSeedOptions = {
  /** Defaults to demoAnchor(now); tests pass a fixed anchor to get byte-identical data. */
  readonly anchor?: number;
  readonly now?: number;
  readonly issueCount?: number;
  readonly steps?: readonly SeedStep[];
  /** Called once the seed has decided to load (e.g. to print a progress line). */
  readonly onStart?: () => void;
};
export type DemoSeedOutcome =
  | { readonly kind: 'seeded'; readonly anchor: number; readonly issueKeys: readonly string[]; readonly ms: number }
  | { readonly kind: 'already-seeded'; readonly anchor: number; readonly issues: number }
  | { readonly kind: 'project-has-data'; readonly issues: number };

export async function seedDemoData(host: DemoSeedHost, opts: DemoSeedOptions = {}): Promise<DemoSeedOutcome> {
  const marker = readSeedMarker(host.db, DEMO_SEED_NAME);
  if (marker) return { kind: 'already-seeded', anchor: marker.anchor, issues: marker.issues };
  const admin = SEED_USERS.find((u) => u.role === 'admin')?.accountId ?? '';
  const existing = await jiraCaller(host.jira)('POST', '/rest/api/3/search/approximate-count', admin, { jql: 'project = SUP' });
  const count = Number((existing as { count?: number } | undefined)?.count ?? 0);
  if (count > BASE_SEED_ISSUE_COUNT) return { kind: 'project-has-data', issues: count };

  opts.onStart?.();
  const started = performance.now();
  const anchor = opts.anchor ?? demoAnchor(opts.now ?? Date.now());
  const state: SeedState = { issueKeys: [] };
  const invokeResolver = host.invokeResolver?.bind(host);
  const ctx = {
    jira: host.jira, anchor, issueCount: opts.issueCount ?? DEMO_ISSUE_COUNT, state, ...(invokeResolver ? { invokeResolver } : {}), ...(host.telegram ? { telegram: host.telegram } : {}),
    setTime: (at: number): void => {
      if (at >= anchor) throw new Error(`demo seed: ${new Date(at).toISOString()} is not before the anchor`);
      host.seedClock.time = at;
    },
  };
  try {
    for (const step of opts.steps ?? DEMO_SEED_STEPS) await step.run(ctx);
  } finally {
    host.seedClock.time = undefined;
  }
  writeSeedMarker(host.db, { name: DEMO_SEED_NAME, anchor, issues: state.issueKeys.length, finishedAt: Date.now() });
  host.db.flush();
  return { kind: 'seeded', anchor, issueKeys: state.issueKeys, ms: performance.now() - started };
}
