// The default workflow as seen from one issue: which transitions are available, where they lead, and which
// screen (with required flags) they show. Read-only; performing a transition is issue-transition.ts.
import { findStatus, TRANSITIONS, type TransitionDef } from '../catalog';
import type { IssueRecord } from '../store/issues-store';
import type { TabFieldRecord } from '../store/screens-store';
import { statusJson } from '../views/meta-view';
import { findField } from './fields/field-defs';
import { fieldMetadataJson } from './fields/field-meta';
import type { Site } from './site';

export function availableTransitions(issue: IssueRecord): TransitionDef[] {
  return TRANSITIONS.filter((t) => t.from.length === 0 || t.from.includes(issue.statusId));
}

export function screenFields(site: Site, t: TransitionDef): TabFieldRecord[] {
  return t.screenId === undefined ? [] : site.screens.screenFields(t.screenId);
}

export function transitionJson(site: Site, issue: IssueRecord, t: TransitionDef, withFields: boolean): Record<string, unknown> {
  const to = findStatus(t.to);
  const project = site.projects.byId(issue.projectId);
  const fields: Record<string, unknown> = {};
  if (withFields && project) {
    for (const f of screenFields(site, t)) {
      const def = findField(site, f.fieldId);
      if (def) fields[def.id] = fieldMetadataJson(site, def, project, f.required);
    }
  }
  return {
    id: t.id,
    name: t.name,
    ...(to ? { to: statusJson(site, to) } : {}),
    hasScreen: t.screenId !== undefined,
    isGlobal: t.from.length === 0,
    isInitial: false,
    isAvailable: true,
    isConditional: false,
    ...(withFields ? { fields } : {}),
    isLooped: false,
  };
}
