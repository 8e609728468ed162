// Starts the real local host (LocalHost + its HTTP server) in-process on a free loopback port with a
// fresh data folder, as `npm start` would, and tears it down (data folder included) after the suite.
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { LocalHost } from '../../../sandbox/host/local-host';
import { seedDemoData } from '../../../sandbox/seed/demo-seed';
import { createHttpServer } from '../../../sandbox/server/http-server';

export const REPO_ROOT = path.resolve(__dirname, '../../..');

export type E2eHost = { readonly host: LocalHost; readonly url: string; readonly close: () => Promise<void> };

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/**
 * `demoData`: load the ~600-issue demo seed as `npm start` does (SUP-1..3 stay as seed-base made them).
 * `root`: the Forge app to host (default: this repository); the shell page always comes from the repository.
 */
export async function startE2eHost(opts: { readonly demoData?: boolean; readonly root?: string } = {}): Promise<E2eHost> {
  const root = opts.root ?? REPO_ROOT;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'linebridge-e2e-'));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const host = await LocalHost.start({ root, dataFile: path.join(dataDir, 'linebridge.sqlite'), baseUrl: url, startSchedules: false });
  if (opts.demoData) await seedDemoData(host);
  const server = createHttpServer(host, root, root === REPO_ROOT ? {} : { shellRoot: REPO_ROOT });
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
