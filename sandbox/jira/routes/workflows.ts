// GET /workflows/search: the site's one workflow in the new workflow API shape, with Forge validator rules
// (`forge:expression-validator`) as configured through JiraStandIn.setTransitionValidators.
import { jsonResponse } from '../../http-types';
import { findStatus, STATUSES, TRANSITIONS, type CategoryKey } from '../catalog';
import { hasGlobalPermission } from '../domain/permissions';
import { csvParam, formatJiraDate, intParam } from '../format';
import { forbidden } from '../http/errors';
import { route, type Route, type RouteContext } from '../http/route';

const CATEGORY: Record<CategoryKey, string> = { new: 'TODO', indeterminate: 'IN_PROGRESS', done: 'DONE' };
export const WORKFLOW_ID = '5c3c0e8e-0b7a-4a38-9d2e-6c1a1b9f4e21';
export const WORKFLOW_NAME = 'Support workflow';
export const extensionAri = (moduleKey: string): string => `ari:cloud:ecosystem::extension/linebridge-sandbox-app/sandbox-environment/static/${moduleKey}`;

function workflow(ctx: RouteContext, withTransitions: boolean): Record<string, unknown> {
  const projectKeys = ctx.site.projects.all().map((p) => p.key);
  const transitions = [
    { id: '1', name: 'Create', description: '', type: 'INITIAL', toStatusReference: '10000', links: [], actions: [], validators: [], triggers: [], properties: {} },
    ...TRANSITIONS.map((t) => ({
      id: t.id, name: t.name, description: '', type: t.from.length === 0 ? 'GLOBAL' : 'DIRECTED', toStatusReference: t.to,
      links: t.from.map((from) => ({ fromStatusReference: from, fromPort: 0, toPort: 1 })),
      actions: [], triggers: [], properties: {},
      validators: projectKeys.flatMap((key) => ctx.site.appConfig.validators(key, t.id)).map((rule, i) => ({
        id: `${t.id}-${i + 1}`, ruleKey: 'forge:expression-validator',
        parameters: { key: extensionAri(rule.moduleKey), config: JSON.stringify(rule.config ?? {}), id: `${t.id}-${i + 1}` },
      })),
      ...(t.screenId !== undefined ? { transitionScreen: { ruleKey: 'system:transition-screen', parameters: { screenId: String(t.screenId) } } } : {}),
    })),
  ];
  return {
    id: WORKFLOW_ID, name: WORKFLOW_NAME, description: 'Default workflow of the support projects.', isEditable: true, scope: { type: 'GLOBAL' },
    statuses: STATUSES.map((s, i) => ({ statusReference: s.id, deprecated: false, layout: { x: 150 * i, y: 0 }, properties: {} })),
    ...(withTransitions ? { transitions } : {}),
    version: { id: '2f6a0c4e-8d1b-4c3a-9e7f-5a6b7c8d9e0f', versionNumber: 1 },
    created: formatJiraDate(0), updated: formatJiraDate(0),
  };
}

export const workflowRoutes: readonly Route[] = [
  route('GET', '/rest/api/3/workflows/search', (ctx) => {
    if (!hasGlobalPermission(ctx.site, ctx.caller, 'ADMINISTER')) throw forbidden('You must have the Administer Jira global permission to view workflows.');
    const q = (ctx.query.get('queryString') ?? '').toLowerCase();
    const all = WORKFLOW_NAME.toLowerCase().includes(q) ? [workflow(ctx, csvParam(ctx.query.getAll('expand')).includes('values.transitions'))] : [];
    const startAt = Math.max(0, intParam(ctx.query.get('startAt'), 0));
    const maxResults = Math.max(1, intParam(ctx.query.get('maxResults'), 50));
    const values = all.slice(startAt, startAt + maxResults);
    return jsonResponse(200, {
      self: ctx.site.api('/workflows/search'), startAt, maxResults, total: all.length, isLast: startAt + values.length >= all.length, values,
      statuses: STATUSES.map((s) => ({
        id: s.id, name: s.name, description: s.description, statusCategory: CATEGORY[findStatus(s.id)?.category ?? 'new'], statusReference: s.id, scope: { type: 'GLOBAL' },
      })),
    });
  }),
];
