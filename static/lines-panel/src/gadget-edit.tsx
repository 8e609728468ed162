// The gadget's edit mode (Jira's `edit` entry point): project, period and which KPIs to show. Save hands
// the configuration to Jira (view.submit), which stores it and returns the gadget to its view.
import { useCallback, useState } from 'react';
import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import Select from '@atlaskit/select/default';
import { KPI_KEYS, PANEL_PERIODS, type KpiKeyDto, type PanelPeriodDto } from '@shared/contract-lines';
import { useI18n } from '@ui/i18n';
import { useResolver } from '@ui/use-resolver';
import { api, closeGadget, submitGadget } from './api';
import type { GadgetConfig } from './surface';

type Option<T> = { readonly value: T; readonly label: string };
const KPI_LABELS: Readonly<Record<KpiKeyDto, Parameters<ReturnType<typeof useI18n>['t']>[0]>> = {
  reopenRate: 'lines.kpi.reopenRate', csat: 'lines.kpi.csat', sla: 'lines.kpi.sla', handoff: 'lines.kpi.handoff',
  reaction: 'lines.kpi.reaction', repeatContacts: 'lines.kpi.repeat', fcr: 'lines.kpi.fcr',
};

export function GadgetEdit({ initial }: { readonly initial: GadgetConfig }) {
  const { t } = useI18n();
  const [config, setConfig] = useState<GadgetConfig>(initial);
  const load = useCallback(() => api.call('lines/panel', { weeks: 4, withPeople: false }), []);
  const { state } = useResolver(load);
  const projects: Option<string | null>[] = [{ value: null, label: t('lines.filter.allProjects') }, ...(state.status === 'ready' ? state.data.projects : []).map((p) => ({ value: p.key, label: `${p.name} (${p.key})` }))];
  const periods: Option<PanelPeriodDto>[] = PANEL_PERIODS.map((w) => ({ value: w, label: t('lines.filter.weeks', { weeks: w }) }));
  const toggle = (key: KpiKeyDto, on: boolean): void => {
    const kpis = on ? KPI_KEYS.filter((k) => k === key || config.kpis.includes(k)) : config.kpis.filter((k) => k !== key);
    setConfig({ ...config, kpis });
  };
  return (
    <form className="lb-gadget-edit" data-testid="lines-gadget-edit" onSubmit={(e) => { e.preventDefault(); void submitGadget(config); }}>
      <Heading size="small" as="h2">{t('lines.gadget.title')}</Heading>
      <label htmlFor="lb-g-project" className="lb-filter-label">{t('lines.filter.project')}</label>
      <Select<Option<string | null>> inputId="lb-g-project" options={projects} value={projects.find((o) => o.value === config.projectKey) ?? projects[0]} onChange={(o) => setConfig({ ...config, projectKey: o?.value ?? null })} />
      <label htmlFor="lb-g-period" className="lb-filter-label">{t('lines.filter.period')}</label>
      <Select<Option<PanelPeriodDto>> inputId="lb-g-period" options={periods} value={periods.find((o) => o.value === config.weeks)} onChange={(o) => setConfig({ ...config, weeks: o?.value ?? 12 })} />
      <fieldset className="lb-kpi-choice">
        <legend className="lb-filter-label">{t('lines.gadget.kpis')}</legend>
        {KPI_KEYS.map((key) => (
          <label key={key} className="lb-check">
            <input type="checkbox" name={`kpi-${key}`} checked={config.kpis.includes(key)} disabled={config.kpis.length === 1 && config.kpis.includes(key)} onChange={(e) => toggle(key, e.target.checked)} />
            {t(KPI_LABELS[key])}
          </label>
        ))}
      </fieldset>
      <div className="lb-edit-actions">
        <Button appearance="primary" type="submit" testId="gadget-save">{t('common.save')}</Button>
        <Button appearance="subtle" onClick={() => void closeGadget()} testId="gadget-cancel">{t('lines.gadget.cancel')}</Button>
      </div>
    </form>
  );
}
