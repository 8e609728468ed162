// One jira:dashboardGadget on the dashboard: its titled frame, a ••• menu (Edit, Refresh) and Jira's
// edit mode (the `edit` resource, entryPoint 'edit'), where view.submit(config) saves the gadget
// configuration and returns to the view, and view.close() cancels.
import { useEffect, useState } from 'react';
import Spinner from '@atlaskit/spinner';
import { MoreIcon } from '../chrome/icons';
import { PopupMenu } from '../chrome/popup-menu';
import { loadGadgetConfig, saveGadgetConfig } from '../host/host-client';
import { asRecord, type Json } from '../json';
import type { ShellModule } from '../types';
import { ForgeFrame } from './forge-frame';

type Props = { readonly module: ShellModule; readonly dashboardId: string; readonly gadgetId: string };

export function Gadget({ module, dashboardId, gadgetId }: Props) {
  const [config, setConfig] = useState<Json | null | undefined>(undefined);
  const [mode, setMode] = useState<'view' | 'edit'>('view');
  const [refreshes, setRefreshes] = useState(0);
  const editable = module.editResource !== undefined;

  useEffect(() => {
    void loadGadgetConfig(gadgetId).then((c) => {
      setConfig(c);
      if (c === null && editable) setMode('edit'); // a gadget that was never configured opens in edit mode, as in Jira
    });
  }, [gadgetId, editable]);

  const base = { gadget: { id: gadgetId }, dashboard: { id: dashboardId }, gadgetConfiguration: config ?? {} };
  const titleId = `gadget-title-${gadgetId}`;
  return (
    <section className="lb-gadget" aria-labelledby={titleId} data-testid={`gadget-${module.key}`} data-mode={mode}>
      <header className="lb-gadget-header">
        <h2 id={titleId}>{module.title}</h2>
        <PopupMenu
          label={`${module.title} actions`}
          align="end"
          items={[
            ...(editable ? [{ key: 'edit', label: 'Edit', onSelect: () => setMode('edit'), testId: 'gadget-edit' }] : []),
            { key: 'refresh', label: 'Refresh', onSelect: () => setRefreshes((n) => n + 1) },
          ]}
          trigger={({ open, toggle, id }) => (
            <button type="button" className="lb-icon-button" aria-label={`${module.title} actions`} aria-haspopup="menu" aria-expanded={open} aria-controls={open ? id : undefined} onClick={toggle}>
              <MoreIcon />
            </button>
          )}
        />
      </header>
      {config === undefined ? (
        <div className="lb-center"><Spinner size="medium" label="Loading gadget" /></div>
      ) : mode === 'edit' ? (
        <ForgeFrame
          module={module} resource={module.editResource} extension={{ ...base, entryPoint: 'edit' }}
          handlers={{
            submit: async (payload) => {
              const next = asRecord(payload);
              await saveGadgetConfig(gadgetId, next);
              setConfig(next);
              setMode('view');
              return true;
            },
            close: () => {
              setMode('view');
              return true;
            },
          }}
        />
      ) : (
        <ForgeFrame key={refreshes} module={module} extension={base} />
      )}
    </section>
  );
}
