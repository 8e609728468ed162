// The manifest gate used by `npm test` and at host start: Forge's own FULL validation
// (@forge/manifest, offline), then what Forge checks only at deploy time: every handler is an export of
// src/index.ts, every resource path exists (the build produced it), no UI Kit 1, valid intervals.
import fs from 'node:fs';
import path from 'node:path';
import { ProcessorBuilder, ValidationTypes } from '@forge/manifest';
import { loadManifest } from './manifest-loader';
import { ManifestError, type HostManifest } from './manifest-model';

export type ManifestProblem = { readonly source: 'forge' | 'host'; readonly message: string };

export async function forgeValidate(manifestFile: string): Promise<ManifestProblem[]> {
  const cwd = process.cwd();
  process.chdir(path.dirname(manifestFile));
  try {
    const result = await ProcessorBuilder.instance().withValidation(ValidationTypes.FULL).build().process(path.basename(manifestFile));
    return (result.errors ?? [])
      .filter((e) => e.level === 'error')
      .map((e) => ({ source: 'forge' as const, message: `manifest.yml line ${e.line ?? '?'}: ${e.message}` }));
  } finally {
    process.chdir(cwd);
  }
}

export function hostValidate(root: string, exportsOf: () => Readonly<Record<string, unknown>>): { manifest?: HostManifest; problems: ManifestProblem[] } {
  let manifest: HostManifest;
  try {
    manifest = loadManifest(path.join(root, 'manifest.yml'));
  } catch (error) {
    if (error instanceof ManifestError) return { problems: [{ source: 'host', message: error.message }] };
    throw error;
  }
  const problems: ManifestProblem[] = [];
  const exported = exportsOf();
  for (const fn of manifest.functions.values()) {
    const name = fn.handler.slice('index.'.length);
    if (typeof exported[name] !== 'function') problems.push({ source: 'host', message: `function ${fn.key}: handler ${fn.handler} is not an exported function of src/index.ts` });
  }
  for (const [key, rel] of manifest.resources) {
    if (!fs.existsSync(path.join(root, rel, 'index.html'))) problems.push({ source: 'host', message: `resource ${key}: ${rel}/index.html is missing (run npm run build)` });
  }
  const consumerFns = new Set(manifest.consumers.map((c) => c.function));
  const otherUses = [...manifest.triggers, ...manifest.scheduled, ...manifest.webTriggers].map((m) => m.function);
  for (const used of [...otherUses, ...manifest.uiModules.map((u) => u.resolverFunction)]) {
    if (used && consumerFns.has(used)) problems.push({ source: 'host', message: `function ${used} is a queue consumer and must not be used by another module` });
  }
  return { manifest, problems };
}
