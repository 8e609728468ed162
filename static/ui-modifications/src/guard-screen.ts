// Entry of the jira:uiModifications frame on Jira's transition view: marks the fields the LineBridge
// transition rules of this transition require as required, and shows the rule's message (the validator's
// wording, naming what is still missing) under the first of them, updated as the user fills the form.
// Client-side help only: the workflow validator stays the guarantee (REST, bulk moves, automation).
import type { Locale } from '@shared/contract';
import { issuePriority, type Hooks, type HookApi, type UiModification, type ViewContext } from './api';
import { guardMessage, readGuardData, rulesFor } from './guard-data';

type Applied = { readonly ids: string[] };

export async function startGuardScreen(hooks: Hooks, locale: Locale, ctx: ViewContext): Promise<void> {
  const originals = new Map<string, string>();
  let priority: Promise<string | null> | null = null;

  const rulesNow = async (api: HookApi, mods: UiModification[]) => {
    const data = readGuardData(mods);
    if (!data) return [];
    const bound = data.rules.some((r) => r.priorityNames.length > 0);
    const onScreen = (api.getFieldById('priority')?.getValue() as { name?: unknown } | null | undefined)?.name;
    priority ??= bound && ctx.issueKey ? issuePriority(ctx.issueKey) : Promise.resolve(null);
    const name = typeof onScreen === 'string' ? onScreen : await priority;
    return rulesFor(data, { transitionId: ctx.transitionId, issueTypeName: ctx.issueTypeName }, name);
  };

  const apply = async (api: HookApi, mods: UiModification[]): Promise<Applied> => {
    const rules = await rulesNow(api, mods);
    const ids: string[] = [];
    for (const rule of rules) {
      const present = rule.fields.filter((f) => api.getFieldById(f.fieldId) !== undefined);
      for (const f of present) api.getFieldById(f.fieldId)?.setRequired(true);
      const first = present[0] && api.getFieldById(present[0].fieldId);
      if (!first) continue;
      const id = first.getId();
      if (!originals.has(id)) originals.set(id, first.getDescription());
      const message = guardMessage(rule, locale, (fid) => api.getFieldById(fid)?.getValue(), (fid) => api.getFieldById(fid) !== undefined);
      first.setDescription(message ?? originals.get(id) ?? '');
      ids.push(...present.map((f) => f.fieldId));
    }
    return { ids };
  };

  const declared = (mods: UiModification[]): string[] => {
    const data = readGuardData(mods);
    return data ? [...new Set(data.rules.filter((r) => r.transitionIds.includes(ctx.transitionId)).flatMap((r) => r.fields.map((f) => f.fieldId)))] : [];
  };

  void hooks.onInit(async ({ api, uiModifications }) => { await apply(api, uiModifications); }, ({ uiModifications }) => declared(uiModifications));
  void hooks.onChange(async ({ api, uiModifications }) => { await apply(api, uiModifications); }, ({ uiModifications }) => declared(uiModifications));
}
