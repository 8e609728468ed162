// Jira's dashboard page hosting every jira:dashboardGadget of the manifest, two columns wide. Each
// gadget has a stable id on this dashboard, so its saved configuration survives restarts.
import Heading from '@atlaskit/heading';
import SectionMessage from '@atlaskit/section-message';
import { useSession } from '../session';
import { Gadget } from './gadget';

export function DashboardPage({ dashboardId }: { readonly dashboardId: string }) {
  const { modulesOf } = useSession();
  const gadgets = modulesOf('jira:dashboardGadget');
  return (
    <main className="lb-page" aria-labelledby="dashboard-heading">
      <div className="lb-breadcrumbs">Dashboards</div>
      <Heading size="large" as="h1" id="dashboard-heading">Support dashboard</Heading>
      {gadgets.length === 0 ? (
        <SectionMessage appearance="information" title="No gadgets yet">
          <p>manifest.yml has no jira:dashboardGadget module, so this dashboard is empty.</p>
        </SectionMessage>
      ) : (
        <div className="lb-dashboard">
          {gadgets.map((m, i) => (
            <Gadget key={m.key} module={m} dashboardId={dashboardId} gadgetId={String(10000 + i)} />
          ))}
        </div>
      )}
    </main>
  );
}
