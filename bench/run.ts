// `npm run bench`: runs every bench/*.bench.ts in its own process, one after another, and prints each
// one's JSON line. Figures are for reading and reporting, never asserted (shared machines are noisy).
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';

const only = process.argv.slice(2);
const files = fs
  .readdirSync(__dirname)
  .filter((f) => f.endsWith('.bench.ts') && (only.length === 0 || only.some((o) => f.includes(o))))
  .sort();
let failed = 0;
for (const file of files) {
  const result = spawnSync(process.execPath, [require.resolve('tsx/cli'), path.join(__dirname, file)], { stdio: ['ignore', 'inherit', 'inherit'] });
  if (result.status !== 0) {
    failed++;
    console.error(JSON.stringify({ bench: file, error: `exited with ${String(result.status)}` }));
  }
}
process.exit(failed > 0 ? 1 : 0);
