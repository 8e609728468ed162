// Replays a demo plan through the Jira stand-in's real REST routes in time order, moving the stand-in's
// clock to each call's moment first, so changelogs, resolution dates and ids are what Jira would record.
import type { JiraStandIn } from '../jira/jira-stand-in';
import { jiraCaller } from './rest-client';
import { ScreenNeeds } from './screen-needs';
import type { DemoPlan } from './demo-plan';

export type SeedTarget = { readonly jira: JiraStandIn; readonly setTime: (at: number) => void };

/** Returns the issue key of every planned issue, in plan order. */
export async function replayPlan(target: SeedTarget, plan: DemoPlan): Promise<string[]> {
  const call = jiraCaller(target.jira);
  const screens = new ScreenNeeds(call);
  const keys: string[] = [];
  for (const { at, issue, by, call: c } of plan.calls) {
    target.setTime(at);
    if (c.kind === 'create') {
      const created = await call('POST', '/rest/api/3/issue', by, { fields: c.fields }, 201);
      keys[issue] = (created as { key: string }).key;
      continue;
    }
    const key = keys[issue];
    const facts = plan.issues[issue];
    if (key === undefined || facts === undefined) throw new Error(`demo seed: call on issue #${issue} before its creation`);
    if (c.kind === 'comment') await call('POST', `/rest/api/3/issue/${key}/comment`, by, { body: c.body }, 201);
    else if (c.kind === 'edit') await call('PUT', `/rest/api/3/issue/${key}`, by, { fields: c.fields }, 204);
    else {
      const given = c.fields ?? {};
      const extra = await screens.fill(key, c.transitionId, by, facts, c.reason, given);
      const fields = { ...given, ...extra };
      const body = { transition: { id: c.transitionId }, ...(Object.keys(fields).length > 0 ? { fields } : {}) };
      await call('POST', `/rest/api/3/issue/${key}/transitions`, by, body, 204);
    }
  }
  return keys;
}
