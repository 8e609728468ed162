// Web triggers: Forge's request shape in (`headers: Record<string, string[]>`, body as a string), the
// handler's `{statusCode, headers, body}` out. A handler that returns anything else answers 500, as
// on Forge. Web triggers carry no authentication: the app must check its own secret.
import type { StandInRequest, StandInResponse } from '../http-types';

export type ForgeWebTriggerRequest = {
  readonly method: string;
  readonly path: string;
  readonly headers: Record<string, string[]>;
  readonly queryParameters: Record<string, string[]>;
  readonly body: string;
};

export function toForgeRequest(req: StandInRequest): ForgeWebTriggerRequest {
  const headers: Record<string, string[]> = {};
  for (const [k, v] of Object.entries(req.headers)) headers[k.toLowerCase()] = [v];
  const queryParameters: Record<string, string[]> = {};
  req.query.forEach((value, key) => {
    (queryParameters[key] ??= []).push(value);
  });
  return { method: req.method, path: req.path, headers, queryParameters, body: req.body };
}

export function fromForgeResponse(result: unknown): StandInResponse {
  if (typeof result !== 'object' || result === null || typeof (result as { statusCode?: unknown }).statusCode !== 'number') {
    return { status: 500, headers: { 'content-type': 'text/plain' }, body: 'Web trigger returned an invalid response (no statusCode)' };
  }
  const r = result as { statusCode: number; headers?: Record<string, unknown>; body?: unknown };
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(r.headers ?? {})) {
    if (!Array.isArray(v) || !v.every((x) => typeof x === 'string')) {
      return { status: 500, headers: { 'content-type': 'text/plain' }, body: `Web trigger header '${k}' must be a string array` };
    }
    headers[k.toLowerCase()] = v.join(', ');
  }
  const body = r.body === undefined ? '' : typeof r.body === 'string' ? r.body : JSON.stringify(r.body);
  return { status: r.statusCode, headers, body };
}
