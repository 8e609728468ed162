// `npm start`: builds the Custom UI resources if they are missing or stale, starts the local Forge
// host on PORT (default 8080) with its data in LINEBRIDGE_DATA (default .data/), prints the URL once
// ready, and stops cleanly on SIGINT/SIGTERM (the database is flushed before exit).
// `npm start -- --reset` wipes the data folder first (refused while another host uses it), so the demo data is seeded again.
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { LocalHost } from './host/local-host';
import { seedDemoData } from './seed/demo-seed';
import { createHttpServer } from './server/http-server';
import { shellStale, staleResources } from './startup/build-check';
import { acquireDataLock, DataLockError } from './startup/data-lock';

async function main(): Promise<void> {
  const root = path.resolve(__dirname, '..');
  const port = Number(process.env.PORT ?? 8080);
  const dataDir = path.resolve(process.env.LINEBRIDGE_DATA ?? path.join(root, '.data'));
  const reset = process.argv.includes('--reset');
  const started = Date.now();

  const lock = acquireDataLock(dataDir);
  if (reset) {
    for (const f of fs.readdirSync(dataDir)) if (f !== lock.fileName) fs.rmSync(path.join(dataDir, f), { recursive: true, force: true });
    console.log(`Data in ${dataDir} reset.`);
  }
  const stale = staleResources(root);
  if (stale.length > 0) {
    console.log(`Building Custom UI: ${stale.join(', ')} …`);
    execFileSync(process.execPath, [require.resolve('tsx/cli'), path.join(root, 'scripts/build-static.ts'), ...stale], { stdio: 'inherit', cwd: root });
  }
  if (shellStale(root)) {
    console.log('Building the shell page …');
    execFileSync(process.execPath, [require.resolve('tsx/cli'), path.join(root, 'sandbox/shell-app/build.ts')], { stdio: 'inherit', cwd: root });
  }
  const baseUrl = `http://localhost:${port}`;
  // A real bot instead of the Telegram stand-in (README, "Trying it with a real bot").
  const token = process.env.LINEBRIDGE_TELEGRAM_BOT_TOKEN?.trim();
  const host = await LocalHost.start({ root, dataFile: path.join(dataDir, 'linebridge.sqlite'), baseUrl, ...(token ? { realTelegram: { token } } : {}) });
  const seed = await seedDemoData(host, { onStart: () => process.stdout.write('Seeding demo data … ') });
  if (seed.kind === 'seeded') console.log(`done in ${(seed.ms / 1000).toFixed(1)} s (${seed.issueKeys.length} issues)`);
  if (seed.kind === 'project-has-data') console.log(`Demo data not loaded: SUP already has ${seed.issues} issues (npm start -- --reset starts over).`);
  const server = createHttpServer(host, root);
  server.listen(port, () => {
    console.log(`LineBridge local host ready at ${baseUrl}/ (${((Date.now() - started) / 1000).toFixed(1)} s; data: ${dataDir})`);
  });
  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: stopping…`);
    server.close();
    void host.settle().finally(async () => {
      await host.close();
      lock.release();
      process.exit(0);
    });
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((error: unknown) => {
  if (error instanceof DataLockError) console.error(error.message);
  else console.error(error);
  process.exit(1);
});
