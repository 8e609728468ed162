// router.navigate/open/getUrl targets (@forge/bridge NavigationLocation) mapped to the shell's Jira
// paths. Returns null for a target this local Jira has no page for; never navigates by itself.
import { asRecord, asString } from '../json';
import { DEFAULT_PROJECT, paths } from '../router';
import type { ShellModule } from '../types';

let modules: readonly ShellModule[] = [];

export function setKnownModules(list: readonly ShellModule[]): void {
  modules = list;
}

export function pathForTarget(location: unknown): string | null {
  const loc = asRecord(location);
  switch (loc.target) {
    case 'issue':
      return asString(loc.issueKey) ? paths.issue(asString(loc.issueKey)) : null;
    case 'dashboard':
      return paths.dashboard(asString(loc.dashboardId, '10000'));
    case 'module': {
      const m = modules.find((x) => x.key === loc.moduleKey);
      const sub = asString(loc.path);
      const suffix = sub === '' ? '' : sub.startsWith('/') ? sub : `/${sub}`;
      if (m?.type === 'jira:globalPage') return paths.globalPage(m.key) + suffix;
      if (m?.type === 'jira:projectPage') return paths.projectPage(asString(loc.projectKey, DEFAULT_PROJECT), m.key) + suffix;
      if (m?.type === 'jira:adminPage') return paths.adminPage(m.key) + suffix;
      return null;
    }
    default:
      return null;
  }
}
