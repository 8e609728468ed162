// The shape every stand-in speaks: a plain request in, a plain response out. The HTTP server and the
// Forge seam both translate to and from it, so the same route code serves REST clients and the SDKs.

export type StandInRequest = {
  readonly method: string;
  /** Path without query string, e.g. `/rest/api/3/issue/SUP-1`. */
  readonly path: string;
  readonly query: URLSearchParams;
  /** Lower-cased header names. */
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
  /** The body's exact bytes, when it came from the network or the SDK seam (binary uploads: attachments). */
  readonly bodyBytes?: Uint8Array;
};

export type StandInResponse = {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
  /** A binary answer's exact bytes (file downloads); `body` is then empty. */
  readonly bodyBytes?: Uint8Array;
};

export function jsonResponse(status: number, value: unknown, headers: Record<string, string> = {}): StandInResponse {
  return {
    status,
    headers: { 'content-type': 'application/json;charset=UTF-8', ...headers },
    body: value === undefined ? '' : JSON.stringify(value),
  };
}

export function emptyResponse(status: number, headers: Record<string, string> = {}): StandInResponse {
  return { status, headers, body: '' };
}

export function toFetchResponse(res: StandInResponse): Response {
  if (res.bodyBytes && res.status !== 204 && res.status !== 304) return new Response(res.bodyBytes, { status: res.status, headers: res.headers });
  const noBody = res.status === 204 || res.status === 304 || res.body === '';
  return new Response(noBody ? null : res.body, { status: res.status, headers: res.headers });
}

export async function fromFetchInit(path: string, init: RequestInit): Promise<StandInRequest> {
  const url = new URL(path, 'http://local-host');
  const headers: Record<string, string> = {};
  new Headers(init.headers).forEach((value, key) => {
    headers[key.toLowerCase()] = value;
  });
  const bytes = init.body === undefined || init.body === null ? new Uint8Array() : new Uint8Array(await new Response(init.body).arrayBuffer());
  const body = new TextDecoder().decode(bytes);
  return { method: (init.method ?? 'GET').toUpperCase(), path: url.pathname, query: url.searchParams, headers, body, bodyBytes: bytes };
}
