// One host per data folder: a lock file holding the owner's pid. A stale lock (dead pid) is taken
// over; a live one refuses the start (and so refuses a reset while a host runs).
import fs from 'node:fs';
import path from 'node:path';

export class DataLockError extends Error {}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export function acquireDataLock(dataDir: string): { fileName: string; release: () => void } {
  fs.mkdirSync(dataDir, { recursive: true });
  const fileName = 'host.lock';
  const file = path.join(dataDir, fileName);
  if (fs.existsSync(file)) {
    const pid = Number(fs.readFileSync(file, 'utf8'));
    if (Number.isInteger(pid) && pid !== process.pid && alive(pid)) {
      throw new DataLockError(`Another LineBridge host (pid ${pid}) uses ${dataDir}; stop it first (a reset while it runs is refused).`);
    }
  }
  fs.writeFileSync(file, String(process.pid));
  return { fileName, release: () => fs.rmSync(file, { force: true }) };
}
