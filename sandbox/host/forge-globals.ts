// The Forge runtime seam (FORGE.md §1): the real @forge/api, @forge/kvs and @forge/events do all their
// I/O through `global.__forge_runtime__` and `global.__forge_fetch__`. Installing both here lets the
// shipped handlers and the unmodified SDKs run locally. This file never contains app logic.
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';

/** What an SDK passes as the first argument of `__forge_fetch__`. */
export type PlatformTarget = {
  readonly type: string;
  readonly provider?: string;
  readonly remote?: string;
  readonly accountId?: string;
  readonly contextAri?: string;
};

/** The invocation the current async call chain belongs to. */
export type Invocation = {
  readonly appId: string;
  readonly environmentId: string;
  readonly installationId: string;
  readonly moduleKey: string;
  /** The Atlassian account that triggered the invocation (resolver caller); undefined for app-only runs. */
  readonly accountId?: string;
  readonly deadline: number;
};

export type PlatformRouter = (
  target: PlatformTarget,
  path: string,
  init: RequestInit,
  invocation: Invocation | undefined,
) => Promise<Response>;

const store = new AsyncLocalStorage<Invocation>();
let router: PlatformRouter | undefined;
let fallback: Invocation | undefined;

const noopMetric = { incr: () => undefined, measure: () => ({ stop: () => undefined }) };
const metrics = { counter: () => noopMetric, timing: () => noopMetric, gauge: () => noopMetric };

function runtimeShape(inv: Invocation): unknown {
  return {
    appContext: {
      appId: inv.appId,
      appVersion: '1.0.0',
      environmentId: inv.environmentId,
      environmentType: 'DEVELOPMENT',
      invocationId: randomUUID(),
      installationId: inv.installationId,
      moduleKey: inv.moduleKey,
      license: undefined,
      installation: undefined,
      permissions: { scopes: [], external: {} },
    },
    contextAri: `ari:cloud:jira::site/${inv.installationId}`,
    proxy: { token: 'local-host', url: 'http://local-host' },
    tracing: { traceId: randomUUID().replace(/-/g, ''), spanId: randomUUID().slice(0, 16) },
    lambdaContext: { getRemainingTimeInMillis: () => Math.max(0, inv.deadline - Date.now()) },
    metrics,
  };
}

/** Installs both globals once per process; later calls only replace the router. */
export function installForgeGlobals(next: PlatformRouter): void {
  router = next;
  const g = globalThis as Record<string, unknown>;
  if (Object.getOwnPropertyDescriptor(g, '__forge_runtime__')?.get) return;
  Object.defineProperty(g, '__forge_runtime__', {
    configurable: true,
    get: () => {
      const inv = store.getStore() ?? fallback;
      return inv ? runtimeShape(inv) : undefined;
    },
  });
  g.__forge_fetch__ = async (target: PlatformTarget, path: string, init: RequestInit = {}): Promise<Response> => {
    if (!router) throw new Error('Forge runtime seam: no platform router installed');
    return router(target, path, init, store.getStore() ?? fallback);
  };
}

/** Runs `fn` as one Forge invocation: SDK calls inside see `inv` as their runtime context. */
export function runInvocation<T>(inv: Invocation, fn: () => Promise<T>): Promise<T> {
  return store.run(inv, fn);
}

export function currentInvocation(): Invocation | undefined {
  return store.getStore() ?? fallback;
}

/** For scripts and tests that call SDKs outside any invocation (e.g. seeding). */
export function setFallbackInvocation(inv: Invocation | undefined): void {
  fallback = inv;
}

/** True only inside a real invocation (not the fallback): the app's egress applies to app code only. */
export function insideInvocation(): boolean {
  return store.getStore() !== undefined;
}
