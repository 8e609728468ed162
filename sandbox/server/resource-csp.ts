// The Content-Security-Policy Forge sends with every Custom UI resource: scripts and styles from the
// resource's own origin only, relaxed solely by what manifest.yml grants under permissions.content
// ('unsafe-inline' styles/scripts). Built once from the manifest; it never widens anything on its own.
import path from 'node:path';
import { readManifestFile } from '../host/manifest-model';

type Content = { scripts?: unknown; styles?: unknown };

function granted(list: unknown): string {
  return Array.isArray(list) && list.includes('unsafe-inline') ? " 'unsafe-inline'" : '';
}

export function resourceCsp(root: string): string {
  let content: Content = {};
  try {
    const { doc } = readManifestFile(path.join(root, 'manifest.yml'));
    const js = doc.toJS() as { permissions?: { content?: Content } };
    content = js.permissions?.content ?? {};
  } catch {
    content = {}; // the host itself refuses a broken manifest at start; the strictest policy is the fallback
  }
  return [
    `script-src 'self'${granted(content.scripts)}`,
    `style-src 'self'${granted(content.styles)}`,
    "object-src 'none'",
    "base-uri 'self'",
  ].join('; ');
}
