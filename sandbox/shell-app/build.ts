// Builds the shell page (the Jira look-alike around the app's frames) from sandbox/shell-app with Vite
// into sandbox/shell/build, served by the host at / and /shell/. Prints one JSON line with raw and gzip
// sizes; exits non-zero when the build fails. Usage: npx tsx sandbox/shell-app/build.ts
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type InlineConfig } from 'vite';

const ROOT = path.resolve(__dirname, '../..');
const APP_DIR = __dirname;
export const SHELL_OUT_DIR = path.join(ROOT, 'sandbox/shell/build');

export function shellViteConfig(): InlineConfig {
  return {
    configFile: false,
    envFile: false,
    root: APP_DIR,
    base: '/shell/',
    mode: 'production',
    logLevel: 'warn',
    clearScreen: false,
    esbuild: { jsx: 'automatic' },
    resolve: {
      alias: [
        // Nobody initialises Atlassian's Statsig client here either: the same "gate off" stand-in as the surfaces.
        { find: /^@atlaskit\/feature-gate-js-client\/feature-gates$/, replacement: path.join(APP_DIR, 'src/feature-gates-stub.ts') },
      ],
    },
    build: { outDir: SHELL_OUT_DIR, emptyOutDir: true, sourcemap: false, reportCompressedSize: false, chunkSizeWarningLimit: 2048 },
  };
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full) : [full];
  });
}

export async function buildShell(): Promise<{ bytes: number; gzip: number; jsGzip: number }> {
  process.env.NODE_ENV = 'production'; // Vite honours NODE_ENV (jest sets `test`): always React's production build
  await build(shellViteConfig());
  let bytes = 0;
  let gzip = 0;
  let jsGzip = 0;
  for (const file of files(SHELL_OUT_DIR)) {
    const content = readFileSync(file);
    const zipped = gzipSync(content, { level: 9 }).length;
    bytes += content.length;
    gzip += zipped;
    if (file.endsWith('.js')) jsGzip += zipped;
  }
  return { bytes, gzip, jsGzip };
}

if (require.main === module) {
  const started = Date.now();
  buildShell().then(
    (sizes) => console.log(JSON.stringify({ surface: 'shell', ok: true, ms: Date.now() - started, ...sizes })),
    (error: unknown) => {
      console.log(JSON.stringify({ surface: 'shell', ok: false, error: error instanceof Error ? error.message : String(error) }));
      process.exitCode = 1;
    },
  );
}
