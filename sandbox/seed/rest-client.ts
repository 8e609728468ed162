// Calls the Jira stand-in's REST routes in-process as a seeded user, and fails loudly on an unexpected
// status: a demo seed that Jira refuses is a bug in the seed, never something to skip silently.
import type { StandInRequest } from '../http-types';
import type { JiraStandIn } from '../jira/jira-stand-in';

export type JiraCaller = (method: string, pathAndQuery: string, asUser: string, body?: unknown, expect?: number) => Promise<unknown>;

export function jiraCaller(jira: JiraStandIn): JiraCaller {
  return async (method, pathAndQuery, asUser, body, expect = 200) => {
    const url = new URL(pathAndQuery, 'http://seed.local');
    const req: StandInRequest = {
      method,
      path: url.pathname,
      query: url.searchParams,
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: body === undefined ? '' : JSON.stringify(body),
    };
    const res = await jira.handle(req, { kind: 'user', accountId: asUser });
    if (res.status !== expect) throw new Error(`demo seed: ${method} ${pathAndQuery} as ${asUser} answered ${res.status}: ${res.body}`);
    return res.body === '' ? undefined : (JSON.parse(res.body) as unknown);
  };
}
