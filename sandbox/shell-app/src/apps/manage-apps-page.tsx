// Jira's "Manage apps" page, reduced to this one installed app: its name, version line and the links
// to its admin pages (Configure for `useAsConfig`), as Jira lists a Forge app in development.
import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import Lozenge from '@atlaskit/lozenge';
import { Link, navigate, paths } from '../router';
import { useSession } from '../session';

export function ManageAppsPage() {
  const { modulesOf, status } = useSession();
  const adminPages = modulesOf('jira:adminPage');
  const config = adminPages.find((m) => m.useAsConfig) ?? adminPages[0];
  return (
    <main className="lb-page" aria-labelledby="manage-apps-heading">
      <Heading size="large" as="h1" id="manage-apps-heading">Manage apps</Heading>
      <p className="lb-muted">User-installed apps</p>
      <ul className="lb-app-list">
        <li className="lb-app-row" data-testid="installed-app">
          <div className="lb-app-logo" aria-hidden="true">LB</div>
          <div className="lb-app-info">
            <strong>LineBridge</strong> <Lozenge appearance="new">Development</Lozenge>
            <div className="lb-muted">Forge app · {status.appId} · environment {status.environmentId}</div>
            {adminPages.length > 1 && (
              <div className="lb-app-links">
                {adminPages.map((m) => (
                  <Link key={m.key} to={paths.adminPage(m.key)}>{m.title}</Link>
                ))}
              </div>
            )}
          </div>
          {config && (
            <Button appearance="primary" onClick={() => navigate(paths.adminPage(config.key))} testId="configure-app">
              {config.useAsConfig ? 'Configure' : 'Open'}
            </Button>
          )}
        </li>
      </ul>
    </main>
  );
}
