// Which builds are stale: a Custom UI resource (its output is missing, or a source file of the surface,
// static/shared or src/shared is newer than it) and the shell page (sandbox/shell-app vs sandbox/shell/build).
import fs from 'node:fs';
import path from 'node:path';

function newest(dir: string): number {
  if (!fs.existsSync(dir)) return 0;
  let max = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'build' || entry.name === 'node_modules') continue;
    const full = path.join(dir, entry.name);
    max = Math.max(max, entry.isDirectory() ? newest(full) : fs.statSync(full).mtimeMs);
  }
  return max;
}

export function staleResources(root: string): string[] {
  const staticDir = path.join(root, 'static');
  const shared = Math.max(newest(path.join(staticDir, 'shared')), newest(path.join(root, 'src/shared')));
  return fs
    .readdirSync(staticDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && fs.existsSync(path.join(staticDir, d.name, 'index.html')))
    .map((d) => d.name)
    .filter((name) => {
      const built = path.join(staticDir, name, 'build', 'index.html');
      if (!fs.existsSync(built)) return true;
      return Math.max(shared, newest(path.join(staticDir, name))) > fs.statSync(built).mtimeMs;
    });
}

/** Whether the shell page (sandbox/shell-app → sandbox/shell/build) needs a build. */
export function shellStale(root: string): boolean {
  const built = path.join(root, 'sandbox/shell/build/index.html');
  if (!fs.existsSync(built)) return true;
  return newest(path.join(root, 'sandbox/shell-app')) > fs.statSync(built).mtimeMs;
}
