// The fixture Forge app of the shell tests (test/fixtures/shell-app, built by its build.ts in the global
// setup): starts a host on it whose HTTP server still serves the repository's shell page.
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { LocalHost } from '../../../sandbox/host/local-host';
import { createHttpServer } from '../../../sandbox/server/http-server';
import { REPO_ROOT, type E2eHost } from './e2e-host';

export const FIXTURE_ROOT = path.join(REPO_ROOT, 'test/fixtures/shell-app');
async function freePort(): Promise<number> {
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const address = probe.address();
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return typeof address === 'object' && address ? address.port : 0;
}

export async function startFixtureHost(): Promise<E2eHost> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'linebridge-e2e-fixture-'));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const host = await LocalHost.start({ root: FIXTURE_ROOT, dataFile: path.join(dataDir, 'db.sqlite'), baseUrl: url, startSchedules: false });
  const server = createHttpServer(host, FIXTURE_ROOT, { shellRoot: REPO_ROOT });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    host,
    url,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await host.settle();
      await host.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
