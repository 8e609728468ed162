// The support-lines surface: reads which module this frame is (project page, global page, gadget view or
// its edit mode) and renders it. All data comes from the `lines/*` resolvers.
import { useCallback } from 'react';
import type { SurfaceProps } from '@ui/bootstrap';
import { LoadingState } from '@ui/loading-state';
import { useResolver } from '@ui/use-resolver';
import { surface } from './api';
import { GadgetEdit } from './gadget-edit';
import { GadgetView } from './gadget-view';
import { PanelPage } from './panel-page';

export function App(_props: SurfaceProps) {
  const load = useCallback(async () => ({ ok: true as const, value: await surface() }), []);
  const { state } = useResolver(load);
  if (state.status !== 'ready') return <LoadingState />;
  const s = state.data;
  if (s.kind === 'gadgetEdit') return <GadgetEdit initial={s.gadget} />;
  if (s.kind === 'gadget') return <GadgetView config={s.gadget} />;
  return <PanelPage projectKey={s.projectKey} />;
}
