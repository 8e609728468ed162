// Shared set-up of the KVS contract tests: installs the Forge seam so the REAL @forge/kvs SDK reaches the
// KVS stand-in, and swaps in a fresh stand-in per test. Holds no assertions and no app logic.
import { ForgeKvsAPIError } from '@forge/kvs';
import { SqliteDb } from '../../sandbox/db/sqlite';
import { installForgeGlobals, setFallbackInvocation } from '../../sandbox/host/forge-globals';
import { fromFetchInit, toFetchResponse } from '../../sandbox/http-types';
import { KvsStandIn, type KvsStandInOptions } from '../../sandbox/kvs/kvs-stand-in';

export type WireCall = { readonly path: string; readonly method: string; readonly contentType: string | undefined; readonly body: unknown };

let current: KvsStandIn | undefined;
export const wireCalls: WireCall[] = [];

/** Routes `{type: 'kvs'}` platform calls to the current stand-in; any other target fails the test. */
export function installKvsSeam(): void {
  installForgeGlobals(async (target, path, init) => {
    if (target.type !== 'kvs') throw new Error(`unexpected platform target ${JSON.stringify(target)}`);
    if (!current) throw new Error('no KVS stand-in installed');
    const req = await fromFetchInit(path, init);
    wireCalls.push({ path: req.path, method: req.method, contentType: req.headers['content-type'], body: JSON.parse(req.body) as unknown });
    return toFetchResponse(current.handle(req));
  });
  setFallbackInvocation({
    appId: 'app-kvs-contract',
    environmentId: 'env-1',
    installationId: 'install-1',
    moduleKey: 'kvs-contract',
    deadline: Date.now() + 3_600_000,
  });
}

/** A new in-memory stand-in becomes the one the SDK talks to. */
export async function freshKvs(opts?: KvsStandInOptions): Promise<KvsStandIn> {
  wireCalls.length = 0;
  current = new KvsStandIn(await SqliteDb.open(null), opts);
  return current;
}

export function useStandIn(standIn: KvsStandIn): void {
  current = standIn;
}

/** Awaits a call the SDK must reject and returns the ForgeKvsAPIError it raised. */
export async function apiError(promise: Promise<unknown>): Promise<ForgeKvsAPIError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ForgeKvsAPIError) return error;
    throw error;
  }
  throw new Error('expected the SDK to raise ForgeKvsAPIError, but the call succeeded');
}

/** A clock the test moves by hand (epoch milliseconds). */
export function manualClock(start = Date.UTC(2026, 0, 15, 12, 0, 0)): { now: () => number; advance: (ms: number) => void } {
  let t = start;
  return { now: () => t, advance: (ms) => { t += ms; } };
}
