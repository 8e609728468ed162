// The fixture Forge app of the shell tests (test/fixtures/shell-app, built by its build.ts in the global
// setup): starts a host on it whose HTTP server still serves the repository's shell page.
import path from 'node:path';
import { REPO_ROOT, startE2eHost, type E2eHost } from './e2e-host';

export const FIXTURE_ROOT = path.join(REPO_ROOT, 'test/fixtures/shell-app');

export function startFixtureHost(): Promise<E2eHost> {
  return startE2eHost({ root: FIXTURE_ROOT });
}
