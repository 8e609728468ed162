// Serves each manifest resource's build output under /resources/<key>/, as Forge's CDN does, and adds
// the host's bridge script to index.html (Jira's iframe host provides `__bridge` the same way). The
// built bundle itself is served byte for byte. Paths outside the resource folder are refused.
import fs from 'node:fs';
import path from 'node:path';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
};

export type StaticResult = { status: number; headers: Record<string, string>; body: Buffer | string };

export function serveFile(baseDir: string, relative: string, injectIntoHtml?: string): StaticResult {
  const file = path.resolve(baseDir, relative === '' ? 'index.html' : relative);
  if (!file.startsWith(path.resolve(baseDir) + path.sep) && file !== path.resolve(baseDir)) {
    return { status: 403, headers: { 'content-type': 'text/plain' }, body: 'Forbidden' };
  }
  if (!fs.existsSync(file) || !fs.statSync(file).isFile()) return { status: 404, headers: { 'content-type': 'text/plain' }, body: 'Not found' };
  const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
  let body: Buffer | string = fs.readFileSync(file);
  if (injectIntoHtml && path.extname(file) === '.html') body = body.toString('utf8').replace(/<head>/i, `<head>${injectIntoHtml}`);
  return { status: 200, headers: { 'content-type': type, 'cache-control': 'no-cache' }, body };
}
