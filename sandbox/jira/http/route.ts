// Route table plumbing: `{param}` path patterns, the per-request context handed to handlers, and matching
// that tells "unknown path" (404) from "known path, wrong method" (405).
import type { StandInRequest, StandInResponse } from '../../http-types';
import type { EntityPropertyIndex } from '../domain/search-index';
import type { Caller } from '../domain/permissions';
import type { Site } from '../domain/site';
import { parseJsonBody } from './json-body';

export type RouteContext = {
  readonly site: Site;
  readonly caller: Caller;
  readonly req: StandInRequest;
  readonly params: Readonly<Record<string, string>>;
  readonly query: URLSearchParams;
  readonly entityProperties: readonly EntityPropertyIndex[];
  /** The parsed JSON body; a malformed body answers 400 like Jira. */
  json(): unknown;
};
export type RouteHandler = (ctx: RouteContext) => StandInResponse | Promise<StandInResponse>;
export type Route = { readonly method: string; readonly pattern: string; readonly regex: RegExp; readonly names: readonly string[]; readonly handler: RouteHandler };

export function route(method: string, pattern: string, handler: RouteHandler): Route {
  const names: string[] = [];
  const source = pattern
    .split('/')
    .map((segment) => {
      const m = /^\{(\w+)\}$/.exec(segment);
      if (!m) return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      names.push(m[1] ?? '');
      return '([^/]+)';
    })
    .join('/');
  return { method, pattern, regex: new RegExp(`^${source}$`), names, handler };
}

export type RouteMatch =
  | { readonly kind: 'found'; readonly route: Route; readonly params: Record<string, string> }
  | { readonly kind: 'method'; readonly allow: readonly string[] }
  | { readonly kind: 'none' };

export function matchRoute(routes: readonly Route[], method: string, path: string): RouteMatch {
  const clean = path.length > 1 ? path.replace(/\/+$/, '') : path;
  const hits = routes
    .map((r) => ({ r, m: r.regex.exec(clean) }))
    .filter((x): x is { r: Route; m: RegExpExecArray } => x.m !== null);
  if (hits.length === 0) return { kind: 'none' };
  // Literal segments win over parameters (e.g. /search/jql before /search/{x}).
  const ranked = hits.sort((a, b) => a.r.names.length - b.r.names.length);
  const hit = ranked.find((x) => x.r.method === method);
  if (!hit) return { kind: 'method', allow: [...new Set(ranked.map((x) => x.r.method))] };
  const params: Record<string, string> = {};
  hit.r.names.forEach((name, i) => {
    params[name] = safeDecode(hit.m[i + 1] ?? '');
  });
  return { kind: 'found', route: hit.r, params };
}

export function lazyJson(body: string): () => unknown {
  let parsed: { value: unknown } | undefined;
  return () => {
    parsed ??= { value: parseJsonBody(body) };
    return parsed.value;
  };
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
