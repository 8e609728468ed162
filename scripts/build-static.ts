// Builds the Custom UI surfaces (every static/<surface>/ with an index.html, or the ones named) with
// Vite's JS API, one after another, into static/<surface>/build — the path manifest.yml points at.
// Prints one JSON line per surface (raw and gzip sizes); exits non-zero if any build fails.
// Usage: npx tsx scripts/build-static.ts [surface...]
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type InlineConfig, type Rollup } from 'vite';

const ROOT = path.resolve(__dirname, '..');
const STATIC_DIR = path.join(ROOT, 'static');
const SURFACE_NAME = /^[a-z0-9][a-z0-9-]*$/;
const FEATURE_GATES_STUB = path.join(STATIC_DIR, 'shared', 'feature-gates-stub.ts');

/** Names lazy vendor chunks by package (they would all be `index-<hash>.js`) without moving modules. */
function chunkFileName(chunk: Rollup.PreRenderedChunk): string {
  const has = (fragment: string): boolean => chunk.moduleIds.some((id) => id.includes(fragment));
  if (has('/node_modules/@forge/bridge/out/index.js')) return 'assets/forge-bridge-[hash].js';
  if (has('/node_modules/iframe-resizer/index.js')) return 'assets/iframe-resizer-[hash].js'; // ADF macros only
  return 'assets/[name]-[hash].js';
}

/** The one Vite config of every surface; exported so a dev server or test can reuse it. */
export function viteConfigFor(surface: string): InlineConfig {
  const root = path.join(STATIC_DIR, surface);
  return {
    configFile: false,
    envFile: false,
    root,
    base: './', // Forge serves the build from its own CDN path: every asset URL must be relative
    mode: 'production',
    logLevel: 'warn',
    clearScreen: false,
    esbuild: { jsx: 'automatic' },
    resolve: {
      alias: [
        { find: /^@shared\//, replacement: `${path.join(ROOT, 'src', 'shared')}/` },
        { find: /^@ui\//, replacement: `${path.join(STATIC_DIR, 'shared')}/` },
        // Atlaskit's feature-gate client is never initialised inside a Forge iframe: see the stub's header.
        { find: /^@atlaskit\/feature-gate-js-client\/feature-gates$/, replacement: FEATURE_GATES_STUB },
      ],
    },
    server: { fs: { allow: [ROOT] } },
    build: {
      outDir: path.join(root, 'build'),
      emptyOutDir: true,
      sourcemap: false,
      reportCompressedSize: false,
      chunkSizeWarningLimit: 1024,
      rollupOptions: { output: { chunkFileNames: chunkFileName } },
    },
  };
}

export function listSurfaces(): string[] {
  return readdirSync(STATIC_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(STATIC_DIR, entry.name, 'index.html')))
    .map((entry) => entry.name)
    .sort();
}

/** `lazy`: a chunk reached only through import(), fetched when first needed (the bridge chunk at start-up). */
type FileSize = { readonly file: string; readonly bytes: number; readonly gzip: number; readonly lazy: boolean };

/** Files the page loads up front: index.html and what it references (entry, modulepreloads, CSS). */
function eagerFiles(items: readonly (Rollup.OutputChunk | Rollup.OutputAsset)[]): Set<string> {
  const eager = new Set<string>();
  for (const item of items) {
    if (item.type !== 'asset' || !item.fileName.endsWith('.html')) continue;
    eager.add(item.fileName);
    for (const match of String(item.source).matchAll(/(?:src|href)="\.\/([^"]+)"/g)) eager.add(match[1] ?? '');
  }
  return eager;
}

function sizesOf(outputs: readonly Rollup.RollupOutput[]): FileSize[] {
  const items = outputs.flatMap((output) => output.output);
  const eager = eagerFiles(items);
  return items
    .map((item) => {
      const content = item.type === 'chunk' ? Buffer.from(item.code) : Buffer.from(item.source);
      const gzip = gzipSync(content, { level: 9 }).length;
      return { file: item.fileName, bytes: content.length, gzip, lazy: !eager.has(item.fileName) };
    })
    .sort((a, b) => Number(a.lazy) - Number(b.lazy) || a.file.localeCompare(b.file));
}

async function buildSurface(surface: string): Promise<boolean> {
  const started = Date.now();
  try {
    if (!SURFACE_NAME.test(surface) || !existsSync(path.join(STATIC_DIR, surface, 'index.html'))) {
      throw new Error(`static/${surface}/index.html does not exist`);
    }
    const result = await build(viteConfigFor(surface));
    if (!Array.isArray(result) && !('output' in result)) throw new Error('Vite returned a watcher, not a bundle');
    const files = sizesOf(Array.isArray(result) ? result : [result]);
    const total = (key: 'bytes' | 'gzip', list = files): number => list.reduce((sum, f) => sum + f[key], 0);
    const eager = files.filter((f) => !f.lazy);
    const sizes = {
      bytes: total('bytes'),
      gzip: total('gzip'),
      eagerBytes: total('bytes', eager),
      eagerGzip: total('gzip', eager),
    };
    const line = { surface, ok: true, ms: Date.now() - started, ...sizes, files };
    console.log(JSON.stringify(line));
    return true;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    console.log(JSON.stringify({ surface, ok: false, ms: Date.now() - started, error: message }));
    return false;
  }
}

async function main(names: readonly string[]): Promise<number> {
  const surfaces = names.length > 0 ? names : listSurfaces();
  if (surfaces.length === 0) {
    console.log(JSON.stringify({ ok: false, error: 'no surface with an index.html under static/' }));
    return 1;
  }
  let failures = 0;
  for (const surface of surfaces) {
    if (!(await buildSurface(surface))) failures += 1;
  }
  return failures === 0 ? 0 : 1;
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
