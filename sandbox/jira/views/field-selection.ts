// Interprets the `fields` parameter of GET issue and search: `*all`, `*navigable`, explicit ids and
// `-id` exclusions, comma-separated or repeated. Unknown ids are ignored, as Jira does.
import type { FieldDef } from '../domain/fields/field-defs';

export type FieldSelection = { readonly includes: (def: FieldDef) => boolean; readonly idOnly: boolean; readonly explicit: readonly string[] };

export function parseFieldSelection(requested: readonly string[], fallback: '*all' | 'id'): FieldSelection {
  const items = requested.length === 0 ? [fallback] : requested;
  const excluded = new Set(items.filter((f) => f.startsWith('-')).map((f) => f.slice(1)));
  const positive = items.filter((f) => !f.startsWith('-'));
  const all = positive.includes('*all');
  const navigable = positive.includes('*navigable');
  const explicit = positive.filter((f) => !f.startsWith('*'));
  const idOnly = !all && !navigable && explicit.every((f) => f === 'id') && excluded.size === 0;
  return {
    idOnly,
    explicit,
    includes: (def) => {
      if (excluded.has(def.id) || def.id === 'issuekey') return false;
      if (all) return true;
      if (navigable && def.navigable) return true;
      return explicit.includes(def.id);
    },
  };
}
