// The shell's layout and routing: top bar, the sidebar that fits the page (project or settings), the
// page for the current Jira path, then overlays (create dialog, app modals) and flags.
import { lazy, Suspense } from 'react';
import { AppModal } from './apps/app-modal';
import { DashboardPage } from './apps/dashboard-page';
import { ManageAppsPage } from './apps/manage-apps-page';
import { ModulePage } from './apps/module-page';
import { Flags } from './chrome/flags';
import { ProjectSidebar, SettingsSidebar } from './chrome/sidebars';
import { TopBar } from './chrome/top-bar';
import { useOverlays } from './host/overlays';
import { IssuePage } from './issue/issue-page';
import { asRecord, asString } from './json';
import { IssueListPage } from './pages/issue-list-page';
import { DEFAULT_PROJECT, paths, useRoute, type Route } from './router';
import { useSession } from './session';
import { TelegramPage } from './telegram/telegram-page';
import { useJira } from './use-jira';

function projectOf(route: Route): string | null {
  if (route.page === 'issues' || route.page === 'projectPage') return route.projectKey;
  if (route.page === 'issue') return route.issueKey.split('-')[0] ?? DEFAULT_PROJECT;
  return null;
}

function Page({ route }: { readonly route: Route }) {
  switch (route.page) {
    case 'issues':
      return <IssueListPage projectKey={route.projectKey} jql={route.jql} />;
    case 'issue':
      return <IssuePage issueKey={route.issueKey} />;
    case 'dashboard':
      return <DashboardPage dashboardId={route.dashboardId} />;
    case 'globalPage':
      return <ModulePage type="jira:globalPage" moduleKey={route.moduleKey} basePath={paths.globalPage(route.moduleKey)} />;
    case 'projectPage':
      return <ProjectPage projectKey={route.projectKey} moduleKey={route.moduleKey} />;
    case 'manageApps':
      return <ManageAppsPage />;
    case 'telegram':
      return <TelegramPage chatId={route.chatId} />;
    case 'adminPage':
      return <ModulePage type="jira:adminPage" moduleKey={route.moduleKey} basePath={paths.adminPage(route.moduleKey)} />;
    default:
      return <main className="lb-page"><h1>Page not found</h1><p>{route.path}</p></main>;
  }
}

function ProjectPage({ projectKey, moduleKey }: { readonly projectKey: string; readonly moduleKey: string }) {
  const { user } = useSession();
  const { state } = useJira(`/rest/api/3/project/${encodeURIComponent(projectKey)}`, user.accountId);
  if (state.status !== 'ready') return null;
  const p = asRecord(state.data);
  const project = { id: asString(p.id), key: asString(p.key), type: asString(p.projectTypeKey, 'software') };
  return <ModulePage type="jira:projectPage" moduleKey={moduleKey} extension={{ project }} basePath={paths.projectPage(projectKey, moduleKey)} />;
}

function ProjectSidebarLoader({ projectKey, route }: { readonly projectKey: string; readonly route: Route }) {
  const { user } = useSession();
  const { state } = useJira(`/rest/api/3/project/${encodeURIComponent(projectKey)}`, user.accountId);
  const name = state.status === 'ready' ? asString(asRecord(state.data).name, projectKey) : projectKey;
  return <ProjectSidebar projectKey={projectKey} projectName={name} route={route} />;
}

// The create dialog (and Atlaskit Select with it) loads on first use, keeping the first page light.
const CreateDialog = lazy(() => import('./create/create-dialog').then((m) => ({ default: m.CreateDialog })));

function Overlays() {
  const { create, modals } = useOverlays();
  return (
    <>
      {create && (
        <Suspense fallback={null}>
          <CreateDialog key={create.id} spec={create} />
        </Suspense>
      )}
      {modals.map((m) => <AppModal key={m.id} spec={m} />)}
    </>
  );
}

export function App() {
  const route = useRoute();
  const { user } = useSession();
  const project = projectOf(route);
  const settings = route.page === 'manageApps' || route.page === 'adminPage';
  return (
    <div className="lb-app">
      <TopBar route={route} />
      <div className="lb-body" key={user.accountId}>
        {project && <ProjectSidebarLoader projectKey={project} route={route} />}
        {settings && <SettingsSidebar route={route} />}
        <div className="lb-content">
          <Page route={route} />
        </div>
      </div>
      <Overlays />
      <Flags />
    </div>
  );
}
