// `npm run manifest`: fails (exit 1) naming every manifest problem Forge or the host would reject.
import path from 'node:path';
import { forgeValidate, hostValidate } from '../sandbox/host/manifest-check';

async function main(): Promise<void> {
  const root = path.resolve(__dirname, '..');
  const file = process.env.MANIFEST ?? path.join(root, 'manifest.yml');
  const forge = await forgeValidate(file);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const host = hostValidate(path.dirname(file), () => require(path.join(root, 'src/index.ts')) as Record<string, unknown>);
  const problems = [...forge, ...host.problems];
  for (const p of problems) console.error(`✖ [${p.source}] ${p.message}`);
  if (problems.length > 0) process.exit(1);
  const m = host.manifest;
  console.log(JSON.stringify({ manifest: 'ok', functions: m?.functions.size, uiModules: m?.uiModules.length, resources: m?.resources.size }));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
