// Reads which surface a frame is from Forge's context (`extension.type`, `entryPoint`), the project of a
// project page and the gadget's saved configuration. Pure and defensive: odd input gives the global page.
import { KPI_KEYS, PANEL_PERIODS, type KpiKeyDto, type PanelPeriodDto } from '@shared/contract-lines';

export type GadgetConfig = { readonly projectKey: string | null; readonly weeks: PanelPeriodDto; readonly kpis: readonly KpiKeyDto[] };
export type Surface = {
  readonly kind: 'project' | 'global' | 'gadget' | 'gadgetEdit';
  readonly projectKey: string | null;
  readonly gadget: GadgetConfig;
};

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const PROJECT_KEY = /^[A-Z][A-Z0-9_]{1,9}$/;

export function toGadgetConfig(raw: unknown): GadgetConfig {
  const r = isRecord(raw) ? raw : {};
  const projectKey = typeof r.projectKey === 'string' && PROJECT_KEY.test(r.projectKey) ? r.projectKey : null;
  const weeks = PANEL_PERIODS.find((p) => p === r.weeks) ?? 12;
  const chosen = Array.isArray(r.kpis) ? KPI_KEYS.filter((k) => (r.kpis as unknown[]).includes(k)) : [];
  return { projectKey, weeks, kpis: chosen.length > 0 ? chosen : [...KPI_KEYS] };
}

export function toSurface(raw: unknown): Surface {
  const ctx = isRecord(raw) ? raw : {};
  const ext = isRecord(ctx.extension) ? ctx.extension : {};
  const project = isRecord(ext.project) ? ext.project : {};
  const projectKey = typeof project.key === 'string' && PROJECT_KEY.test(project.key) ? project.key : null;
  const gadget = toGadgetConfig(ext.gadgetConfiguration);
  if (ext.type === 'jira:dashboardGadget') return { kind: ext.entryPoint === 'edit' ? 'gadgetEdit' : 'gadget', projectKey: gadget.projectKey, gadget };
  if (ext.type === 'jira:projectPage' && projectKey) return { kind: 'project', projectKey, gadget };
  return { kind: 'global', projectKey: null, gadget };
}
