// Jira Cloud's top navigation: app switcher, product home, Your work / Projects / Filters / Dashboards /
// Apps menus, the Create button, the theme switch and the user switcher. Navigation only; no data.
import Button from '@atlaskit/button/new';
import { openCreate } from '../host/overlays';
import { DEFAULT_PROJECT, Link, navigate, paths, type Route } from '../router';
import { useSession } from '../session';
import { AppSwitcherIcon, ChevronDownIcon, JiraLogo, MoonIcon, SunIcon } from './icons';
import { PopupMenu } from './popup-menu';
import { UserSwitcher } from './user-switcher';

function NavMenuButton({ label, open, toggle, id, active }: { label: string; open: boolean; toggle: () => void; id: string; active: boolean }) {
  return (
    <button type="button" className={active ? 'lb-nav-item lb-nav-item-active' : 'lb-nav-item'} aria-haspopup="menu" aria-expanded={open} aria-controls={open ? id : undefined} onClick={toggle}>
      {label} <ChevronDownIcon />
    </button>
  );
}

export function TopBar({ route }: { readonly route: Route }) {
  const { modulesOf, theme, setTheme } = useSession();
  const globalPages = modulesOf('jira:globalPage');
  const inProject = route.page === 'issues' || route.page === 'issue' || route.page === 'projectPage';
  const inApps = route.page === 'globalPage' || route.page === 'manageApps' || route.page === 'adminPage';
  return (
    <header className="lb-topbar">
      <div className="lb-topbar-start">
        <PopupMenu
          label="Switch to"
          heading="Switch to"
          items={[{ key: 'jira', label: 'Jira', description: 'linebridge.local', selected: true, onSelect: () => navigate('/') }]}
          trigger={({ open, toggle, id }) => (
            <button type="button" className="lb-icon-button lb-app-switcher" aria-label="Switch apps" aria-haspopup="menu" aria-expanded={open} aria-controls={open ? id : undefined} onClick={toggle}>
              <AppSwitcherIcon />
            </button>
          )}
        />
        <Link to="/" className="lb-product">
          <JiraLogo />
          <span>Jira</span>
        </Link>
        <nav aria-label="Jira" className="lb-nav">
          <Link to={paths.issues(DEFAULT_PROJECT, 'assignee = currentUser() ORDER BY updated DESC')} className="lb-nav-item">Your work</Link>
          <Link to={paths.issues(DEFAULT_PROJECT)} className={inProject ? 'lb-nav-item lb-nav-item-active' : 'lb-nav-item'}>Projects</Link>
          <Link to={paths.issues(DEFAULT_PROJECT, 'ORDER BY updated DESC')} className="lb-nav-item">Filters</Link>
          <Link to={paths.dashboard()} className={route.page === 'dashboard' ? 'lb-nav-item lb-nav-item-active' : 'lb-nav-item'}>Dashboards</Link>
          <Link to={paths.telegram()} className={route.page === 'telegram' ? 'lb-nav-item lb-nav-item-active' : 'lb-nav-item'} testId="nav-telegram">Telegram</Link>
          <PopupMenu
            label="Apps"
            heading={globalPages.length > 0 ? 'Your apps' : undefined}
            items={[
              ...globalPages.map((m) => ({ key: m.key, label: m.title, onSelect: () => navigate(paths.globalPage(m.key)), testId: `apps-${m.key}` })),
              { key: 'manage', label: 'Manage your apps', onSelect: () => navigate(paths.manageApps()), testId: 'apps-manage' },
            ]}
            trigger={(p) => <NavMenuButton label="Apps" active={inApps} {...p} />}
          />
        </nav>
        <Button appearance="primary" onClick={() => openCreate()} testId="create-button">
          Create
        </Button>
      </div>
      <div className="lb-topbar-end">
        <button
          type="button"
          className="lb-icon-button"
          aria-label={theme === 'dark' ? 'Switch to light theme' : 'Switch to dark theme'}
          onClick={() => setTheme(theme === 'dark' ? 'light' : 'dark')}
          data-testid="theme-switch"
        >
          {theme === 'dark' ? <SunIcon /> : <MoonIcon />}
        </button>
        <UserSwitcher />
      </div>
    </header>
  );
}
