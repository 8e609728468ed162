// The panel's filters: project (unless the page belongs to one), period, priorities, line and issue
// types. Options come from the figures (what the data holds); every change is reported at once.
import Select from '@atlaskit/select/default';
import type { LineFilterDto, PanelDto, PanelFiltersDto, PanelPeriodDto } from '@shared/contract';
import { PANEL_PERIODS } from '@shared/contract-lines';
import { useI18n } from '@ui/i18n';

type Option<T> = { readonly value: T; readonly label: string };
type Props = {
  readonly filters: PanelFiltersDto;
  readonly panel: PanelDto | null;
  readonly fixedProject: boolean;
  readonly onChange: (next: PanelFiltersDto) => void;
};

function Labelled({ id, label, children }: { readonly id: string; readonly label: string; readonly children: React.ReactNode }) {
  return (
    <div className="lb-filter">
      <label htmlFor={id} className="lb-filter-label">{label}</label>
      {children}
    </div>
  );
}

export function FiltersBar({ filters, panel, fixedProject, onChange }: Props) {
  const { t } = useI18n();
  const set = (change: Partial<PanelFiltersDto>): void => onChange({ ...filters, ...change });
  const projects: Option<string | null>[] = [{ value: null, label: t('lines.filter.allProjects') }, ...(panel?.projects ?? []).map((p) => ({ value: p.key, label: `${p.name} (${p.key})` }))];
  const periods: Option<PanelPeriodDto>[] = PANEL_PERIODS.map((w) => ({ value: w, label: t('lines.filter.weeks', { weeks: w }) }));
  const lines: Option<LineFilterDto>[] = (['all', 'line2', 'line1'] as const).map((l) => ({ value: l, label: t(`lines.filter.line.${l}`) }));
  const priorities: Option<string>[] = (panel?.options.priorities ?? []).map((p) => ({ value: p, label: p }));
  const types: Option<string>[] = (panel?.options.issueTypes ?? []).map((p) => ({ value: p, label: p }));
  const chosen = <T,>(options: Option<T>[], values: readonly T[]): Option<T>[] => options.filter((o) => values.includes(o.value));
  return (
    <div className="lb-filters" role="group" aria-label={t('lines.filter.label')} data-testid="lines-filters">
      {!fixedProject && (
        <Labelled id="lb-f-project" label={t('lines.filter.project')}>
          <Select<Option<string | null>> inputId="lb-f-project" options={projects} value={projects.find((o) => o.value === filters.projectKey) ?? projects[0]} onChange={(o) => set({ projectKey: o?.value ?? null })} />
        </Labelled>
      )}
      <Labelled id="lb-f-period" label={t('lines.filter.period')}>
        <Select<Option<PanelPeriodDto>> inputId="lb-f-period" options={periods} value={periods.find((o) => o.value === filters.weeks)} onChange={(o) => set({ weeks: o?.value ?? 12 })} />
      </Labelled>
      <Labelled id="lb-f-priority" label={t('lines.filter.priority')}>
        <Select<Option<string>, true> inputId="lb-f-priority" isMulti options={priorities} value={chosen(priorities, filters.priorities)} placeholder={t('lines.filter.allPriorities')} onChange={(v) => set({ priorities: v.map((o) => o.value) })} />
      </Labelled>
      <Labelled id="lb-f-line" label={t('lines.filter.line')}>
        <Select<Option<LineFilterDto>> inputId="lb-f-line" options={lines} value={lines.find((o) => o.value === filters.line)} onChange={(o) => set({ line: o?.value ?? 'all' })} />
      </Labelled>
      <Labelled id="lb-f-type" label={t('lines.filter.issueType')}>
        <Select<Option<string>, true> inputId="lb-f-type" isMulti options={types} value={chosen(types, filters.issueTypes)} placeholder={t('lines.filter.allIssueTypes')} onChange={(v) => set({ issueTypes: v.map((o) => o.value) })} />
      </Labelled>
    </div>
  );
}
