// The host's own endpoints under /__host: what Jira's frontend does for Custom UI frames (invoke a
// resolver as the signed-in user, requestJira as that user) plus local-only controls (clock).
// The signed-in user comes from the shell's user switcher (header x-linebridge-account).
import { jsonResponse, type StandInRequest, type StandInResponse } from '../http-types';
import type { LocalHost } from '../host/local-host';
import { FunctionTimeoutError } from '../host/invoker';
import { UnknownModuleError } from '../host/resolver-call';
import { multipartFromBridge, withMultipart } from './bridge-multipart';

type Json = Record<string, unknown>;

/** A manifest `title`/`description` is a string or `{i18n: key}`; the shell shows the string or the key. */
function label(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && typeof (value as Json).i18n === 'string') return String((value as Json).i18n);
  return undefined;
}

function describeModule(m: LocalHost['manifest']['uiModules'][number]): Json {
  const edit = m.raw.edit as Json | undefined;
  return {
    type: m.type,
    key: m.key,
    resource: m.resource,
    title: label(m.raw.title) ?? m.key,
    description: label(m.raw.description),
    icon: typeof m.raw.icon === 'string' ? m.raw.icon : undefined,
    editResource: edit && typeof edit.resource === 'string' ? edit.resource : undefined,
    useAsConfig: m.raw.useAsConfig === true,
  };
}

function parse(req: StandInRequest): Json | undefined {
  try {
    const value: unknown = JSON.parse(req.body || '{}');
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : undefined;
  } catch {
    return undefined;
  }
}

export async function handleHostApi(host: LocalHost, req: StandInRequest): Promise<StandInResponse> {
  const accountId = req.headers['x-linebridge-account'] || undefined;
  const body = parse(req);
  if (req.method !== 'POST' && req.method !== 'GET') return jsonResponse(405, { message: 'Method not allowed' });
  if (req.method === 'POST' && !body) return jsonResponse(400, { message: 'Malformed JSON body' });
  switch (`${req.method} ${req.path}`) {
    case 'POST /__host/invoke': {
      const { moduleKey, functionKey, payload, context } = body ?? {};
      if (typeof moduleKey !== 'string' || typeof functionKey !== 'string') return jsonResponse(400, { message: 'moduleKey and functionKey are required' });
      try {
        const result = await host.invokeResolver({ moduleKey, functionKey, payload, accountId, context: (context ?? {}) as Json });
        return jsonResponse(200, { ok: true, result: result ?? null });
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        if (error instanceof UnknownModuleError) return jsonResponse(404, { ok: false, message });
        // Like Forge's invocation endpoint: a function that throws or times out is an answer (200, ok: false),
        // not an HTTP failure, so the browser logs no network error and the bridge rejects the app's invoke().
        const code = error instanceof FunctionTimeoutError ? 'FUNCTION_TIME_OUT' : 'FUNCTION_ERROR';
        return jsonResponse(200, { ok: false, code, message });
      }
    }
    case 'POST /__host/request-jira': {
      const { path, method, headers, body: jiraBody } = body ?? {};
      if (typeof path !== 'string' || !path.startsWith('/rest/')) return jsonResponse(400, { message: 'path must start with /rest/' });
      const url = new URL(path, 'http://local');
      const form = body?.multipart === undefined ? undefined : multipartFromBridge(body.multipart);
      if (form === null) return jsonResponse(400, { message: 'multipart must be {file: data URL, fileName, fileType}' });
      const plain = { headers: (headers ?? {}) as Record<string, string>, body: typeof jiraBody === 'string' ? jiraBody : '' };
      const res = await host.jira.handle(
        { method: typeof method === 'string' ? method.toUpperCase() : 'GET', path: url.pathname, query: url.searchParams, ...(form ? withMultipart(plain.headers, form) : plain) },
        accountId ? { kind: 'user', accountId } : { kind: 'anonymous' },
      );
      return jsonResponse(200, { status: res.status, headers: res.headers, body: res.body });
    }
    case 'POST /__host/clock/advance': {
      const ms = Number(body?.ms);
      if (!Number.isFinite(ms) || ms < 0 || ms > 366 * 86_400_000) return jsonResponse(400, { message: 'ms must be between 0 and one year' });
      await host.clock.advance(ms);
      await host.settle();
      return jsonResponse(200, { now: new Date(host.clock.now()).toISOString() });
    }
    case 'GET /__host/status':
      return jsonResponse(200, {
        now: new Date(host.clock.now()).toISOString(),
        appId: host.manifest.appId,
        cloudId: host.cloudId,
        environmentId: 'local-development',
        modules: host.manifest.uiModules.map(describeModule),
        deadLetters: host.queues.deadLetters.length,
        triggerFailures: host.events.failures.length,
        scheduledErrors: host.scheduler.errors.length,
      });
    default:
      return jsonResponse(404, { message: `Unknown host endpoint ${req.path}` });
  }
}
