// Runs once before the browser tests: refuses to go on without Chromium (loudly), then builds the
// Custom UI resources, the shell page and the fixture app when their output is missing or stale.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { shellStale, staleResources } from '../../../sandbox/startup/build-check';
import { assertChromium } from './chromium';

const ROOT = path.resolve(__dirname, '../../..');

export default function globalSetup(): void {
  assertChromium();
  const tsx = require.resolve('tsx/cli');
  // Jest sets NODE_ENV=test, which Vite would honour and so bundle React's development build.
  const run = (script: string, args: readonly string[] = []): void => {
    execFileSync(process.execPath, [tsx, path.join(ROOT, script), ...args], { stdio: 'inherit', cwd: ROOT, env: { ...process.env, NODE_ENV: 'production' } });
  };
  const stale = staleResources(ROOT);
  if (stale.length > 0) run('scripts/build-static.ts', stale);
  if (shellStale(ROOT)) run('sandbox/shell-app/build.ts');
  run('test/fixtures/shell-app/build.ts');
}
