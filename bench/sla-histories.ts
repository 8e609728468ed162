// Demo-shaped issue histories for the SLA benchmarks: the demo seed (600 incidents, 12 weeks) loaded into
// an in-memory local host and read back through the app's own Jira adapter (search + bulk changelog).
import path from 'node:path';
import api from '@forge/api';
import { LocalHost } from '../sandbox/host/local-host';
import { runInvocation } from '../sandbox/host/forge-globals';
import { seedDemoData } from '../sandbox/seed/demo-seed';
import { ForgeSlaJira } from '../src/adapters/forge-sla-jira';
import { DEFAULT_GENERAL } from '../src/domain/model/config/general';
import type { IssueHistory } from '../src/domain/model/sla/history';

export const BENCH_ANCHOR = Date.UTC(2026, 0, 5);

export async function startBenchHost(): Promise<LocalHost> {
  return LocalHost.start({ root: path.resolve(__dirname, '..'), dataFile: null, baseUrl: 'http://localhost:0', startSchedules: false });
}

export function asApp<T>(host: LocalHost, fn: () => Promise<T>): Promise<T> {
  return runInvocation({ appId: host.manifest.appId, environmentId: 'bench', installationId: host.cloudId, moduleKey: 'bench', deadline: Date.now() + 900_000 }, fn);
}

/** Seeds the demo and reads every SUP issue's history the way the app does. */
export async function demoHistories(): Promise<IssueHistory[]> {
  const host = await startBenchHost();
  try {
    await seedDemoData(host, { anchor: BENCH_ANCHOR });
    const opts = { line1Group: DEFAULT_GENERAL.line1Group, line2Group: DEFAULT_GENERAL.line2Group, fieldIds: [] };
    const page = await asApp(host, () => new ForgeSlaJira(api.asApp()).readIssues(['SUP'], { afterId: 0, pageToken: null }, 1000, opts));
    return page.issues.map((i) => i.history);
  } finally {
    await host.close();
  }
}
