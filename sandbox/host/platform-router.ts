// Routes every `__forge_fetch__` call of the real SDKs to the right stand-in: KVS, Jira (as the app or
// as the invoking user), the async-events queue and the web-trigger URL service. Unknown targets get
// the 404 Forge's proxy gives, never a silent success.
import type { Invocation, PlatformRouter, PlatformTarget } from './forge-globals';
import { fromFetchInit, jsonResponse, toFetchResponse, type StandInRequest, type StandInResponse } from '../http-types';

export type JiraActorShape = { kind: 'user'; accountId: string } | { kind: 'app' } | { kind: 'anonymous' };

export type RouterDeps = {
  readonly kvs: { handle(req: StandInRequest): StandInResponse };
  readonly jira: { handle(req: StandInRequest, actor: JiraActorShape): Promise<StandInResponse> };
  readonly queuePublish: (body: string) => StandInResponse;
  readonly webTriggerUrl: (moduleKey: string) => string | undefined;
  /** Observes every platform call (benchmarks, request counting). */
  readonly onCall?: (target: PlatformTarget, req: StandInRequest) => void;
  /** Observes every Jira request the app makes with the stand-in's answer (contract tests). */
  readonly onJiraExchange?: (req: StandInRequest, res: StandInResponse) => void;
};

function jiraActor(target: PlatformTarget, inv: Invocation | undefined): JiraActorShape {
  if (target.provider === 'user') {
    const accountId = target.accountId ?? inv?.accountId;
    return accountId ? { kind: 'user', accountId } : { kind: 'anonymous' };
  }
  return { kind: 'app' };
}

function graphql(req: StandInRequest, deps: RouterDeps): StandInResponse {
  let body: { query?: string; variables?: { input?: { triggerKey?: string } } };
  try {
    body = JSON.parse(req.body) as typeof body;
  } catch {
    return jsonResponse(400, { errors: [{ message: 'Malformed GraphQL request' }] });
  }
  if (body.query?.includes('createWebTriggerUrl')) {
    const key = body.variables?.input?.triggerKey ?? '';
    const url = deps.webTriggerUrl(key);
    if (!url) return jsonResponse(200, { data: null, errors: [{ message: `No web trigger '${key}' in manifest.yml` }] });
    return jsonResponse(200, { data: { createWebTriggerUrl: { url } } });
  }
  return jsonResponse(200, { data: null, errors: [{ message: 'GraphQL operation not supported by the local host' }] });
}

export function createPlatformRouter(deps: RouterDeps): PlatformRouter {
  return async (target, path, init, inv) => {
    const req = await fromFetchInit(path, init);
    deps.onCall?.(target, req);
    if (target.type === 'kvs') return toFetchResponse(deps.kvs.handle(req));
    if (target.type === 'fpp' && target.remote === 'jira') {
      const res = await deps.jira.handle(req, jiraActor(target, inv));
      deps.onJiraExchange?.(req, res);
      return toFetchResponse(res);
    }
    if (target.type === 'fpp' && target.remote === 'stargate') {
      if (req.path.startsWith('/webhook/queue/publish/')) return toFetchResponse(deps.queuePublish(req.body));
      if (req.path === '/graphql') return toFetchResponse(graphql(req, deps));
    }
    return toFetchResponse(jsonResponse(404, { message: `The local host has no route for ${target.type}/${target.remote ?? ''} ${req.path}` }));
  };
}
