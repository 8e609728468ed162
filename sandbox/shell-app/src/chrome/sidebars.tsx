// The left sidebars: a project's (name, Issues, the app's project pages under "Apps") and the Jira
// settings one under Apps (Manage apps and every app admin page). Links only.
import { Link, paths, type Route } from '../router';
import { useSession } from '../session';
import { AppIcon, IssuesIcon, SettingsIcon } from './icons';

export function ProjectSidebar({ projectKey, projectName, route }: { readonly projectKey: string; readonly projectName: string; readonly route: Route }) {
  const { modulesOf } = useSession();
  const pages = modulesOf('jira:projectPage');
  const onIssues = route.page === 'issues' || route.page === 'issue';
  return (
    <nav className="lb-sidebar" aria-label="Project">
      <div className="lb-sidebar-header">
        <img src={`/images/avatars/project-${projectKey}.svg?size=32`} alt="" width={32} height={32} />
        <div>
          <div className="lb-sidebar-title">{projectName}</div>
          <div className="lb-sidebar-subtitle">Software project</div>
        </div>
      </div>
      <div className="lb-sidebar-section">Planning</div>
      <Link to={paths.issues(projectKey)} className={onIssues ? 'lb-side-item lb-side-item-active' : 'lb-side-item'} ariaCurrent={onIssues}>
        <IssuesIcon /> Issues
      </Link>
      {pages.length > 0 && <div className="lb-sidebar-section">Apps</div>}
      {pages.map((m) => {
        const active = route.page === 'projectPage' && route.moduleKey === m.key;
        return (
          <Link key={m.key} to={paths.projectPage(projectKey, m.key)} className={active ? 'lb-side-item lb-side-item-active' : 'lb-side-item'} ariaCurrent={active} testId={`project-page-${m.key}`}>
            <AppIcon /> {m.title}
          </Link>
        );
      })}
      <div className="lb-sidebar-spacer" />
      <span className="lb-side-item lb-side-item-muted" aria-disabled="true">
        <SettingsIcon /> Project settings
      </span>
    </nav>
  );
}

export function SettingsSidebar({ route }: { readonly route: Route }) {
  const { modulesOf } = useSession();
  const manage = route.page === 'manageApps';
  return (
    <nav className="lb-sidebar" aria-label="Apps settings">
      <div className="lb-sidebar-header">
        <div className="lb-sidebar-title">Apps</div>
      </div>
      <Link to={paths.manageApps()} className={manage ? 'lb-side-item lb-side-item-active' : 'lb-side-item'} ariaCurrent={manage}>
        Manage apps
      </Link>
      {modulesOf('jira:adminPage').map((m) => {
        const active = route.page === 'adminPage' && route.moduleKey === m.key;
        return (
          <Link key={m.key} to={paths.adminPage(m.key)} className={active ? 'lb-side-item lb-side-item-active' : 'lb-side-item'} ariaCurrent={active} testId={`admin-page-${m.key}`}>
            {m.title}
          </Link>
        );
      })}
    </nav>
  );
}
