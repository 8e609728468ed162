// The sandbox's outbound fetch, as Forge enforces it: only HTTPS addresses listed under
// permissions.external.fetch.backend in manifest.yml may be called; listed origins that have a stand-in
// (https://api.telegram.org → the Telegram stand-in) are answered in-process. It never opens a socket itself.
import { isMap, isScalar, isSeq } from 'yaml';
import { fromFetchInit, toFetchResponse, type StandInRequest, type StandInResponse } from '../http-types';
import { readManifestFile } from './manifest-model';

export type EgressRoute = { readonly origin: string; handle(req: StandInRequest): Promise<StandInResponse> };
export type Fetch = (input: string | URL | Request, init?: RequestInit) => Promise<Response>;

/** What Forge's runtime answers for a URL outside the allowlist (@forge/api ExternalEndpointNotAllowedError), plus the sandbox's hint. */
export class EgressNotAllowedError extends Error {
  readonly status = 403;
  constructor(readonly url: string) {
    super(`URL not included in the external fetch backend permissions: ${url}. Visit go.atlassian.com/forge-egress for more information. `
      + 'This egress is not allowed in manifest.yml: add its address under permissions.external.fetch.backend.');
    this.name = 'REQUEST_EGRESS_ALLOWLIST_ERR';
  }
}

/** The `permissions.external.fetch.backend` addresses of a manifest (object form `{address}` or plain strings). */
export function egressAllowlistFromManifest(manifestFile: string): string[] {
  const { doc } = readManifestFile(manifestFile);
  const backend = doc.getIn(['permissions', 'external', 'fetch', 'backend'], true);
  if (!isSeq(backend)) return [];
  return backend.items.flatMap((item) => {
    if (isMap(item)) { const address = item.get('address'); return typeof address === 'string' ? [address] : []; }
    return isScalar(item) && typeof item.value === 'string' ? [item.value] : [];
  });
}

/** Forge's matching: scheme optional (HTTPS only), `*.` wildcard subdomains, an optional path prefix. */
export function egressAllows(allowed: readonly string[], url: URL): boolean {
  if (url.protocol !== 'https:') return false;
  return allowed.some((entry) => {
    if (entry === '*') return true;
    const spec = /^[a-z]+:\/\//i.test(entry) ? entry : `https://${entry}`;
    let parsed: URL;
    try {
      parsed = new URL(spec.replace('://*.', '://wildcard-placeholder.'));
    } catch {
      return false;
    }
    if (parsed.protocol !== 'https:') return false;
    const host = parsed.host.replace(/^wildcard-placeholder\./, '');
    const hostOk = spec.includes('://*.') ? url.host.endsWith(`.${host}`) : url.host === host;
    const prefix = parsed.pathname.replace(/\/+$/, '');
    return hostOk && (prefix === '' || url.pathname === prefix || url.pathname.startsWith(`${prefix}/`));
  });
}

/**
 * A `fetch` for app code in the sandbox. Allowed origins with a route are served in-process; an allowed origin
 * without one goes to `realFetch` when given, else fails (no network in the sandbox). The init's AbortSignal is honoured.
 */
export function createEgressFetch(allowed: readonly string[], routes: readonly EgressRoute[], realFetch?: Fetch): Fetch {
  const byOrigin = new Map(routes.map((r) => [new URL(r.origin).origin, r]));
  return async (input, init = {}) => {
    const request = input instanceof Request ? input : undefined;
    const url = new URL(input instanceof Request ? input.url : typeof input === 'string' ? input : input.href);
    if (!egressAllows(allowed, url)) throw new EgressNotAllowedError(url.href);
    const route = byOrigin.get(url.origin);
    if (!route) {
      if (realFetch) return realFetch(input, init);
      throw new Error(`Sandbox egress: ${url.origin} is allowed in manifest.yml but no stand-in serves it and the sandbox has no network`);
    }
    const signal = init.signal ?? request?.signal ?? undefined;
    signal?.throwIfAborted();
    // A Request computes what fetch adds implicitly (e.g. the content-type of a URLSearchParams or FormData body).
    const { signal: _signal, ...rest } = init;
    const normalized = new Request(request ?? url, rest);
    const body = normalized.body === null ? undefined : await normalized.text();
    const req = await fromFetchInit(`${url.pathname}${url.search}`, { method: normalized.method, headers: normalized.headers, ...(body === undefined ? {} : { body }) });
    const answer = route.handle(req);
    if (!signal) return toFetchResponse(await answer);
    return new Promise<Response>((resolve, reject) => {
      const onAbort = (): void => reject((signal.reason ?? new DOMException('This operation was aborted', 'AbortError')) as Error);
      signal.addEventListener('abort', onAbort, { once: true });
      answer.then((res) => resolve(toFetchResponse(res)), reject).finally(() => signal.removeEventListener('abort', onAbort));
    });
  };
}

/**
 * Makes the process-wide `fetch` go through `egress` while `inApp()` says app code is running (inside a Forge
 * invocation) and through the original fetch otherwise. Returns a function that restores the original.
 */
export function installAppEgress(egress: Fetch, inApp: () => boolean): () => void {
  const original = globalThis.fetch;
  const wrapped: typeof fetch = (input, init) => (inApp() ? egress(input, init) : original(input, init));
  globalThis.fetch = wrapped;
  return () => {
    if (globalThis.fetch === wrapped) globalThis.fetch = original;
  };
}
