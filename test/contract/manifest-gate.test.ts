// The manifest gate: Forge's own FULL validation plus the host's deploy-time checks. A broken
// manifest must fail `npm test` with a message that names the problem.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { forgeValidate, hostValidate } from '../../sandbox/host/manifest-check';
import { REPO_ROOT } from '../builders/host';

const BASE = `modules:
  jira:issuePanel:
    - key: panel
      resource: main
      resolver:
        function: resolver
      title: Panel
      icon: https://example.com/icon.svg
  function:
    - key: resolver
      handler: index.uiResolver
resources:
  - key: main
    path: static/main/build
permissions:
  scopes:
    - read:jira-work
app:
  id: ari:cloud:ecosystem::app/22222222-2222-4222-8222-222222222222
  runtime:
    name: nodejs22.x
`;

function appDir(manifest: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lb-manifest-'));
  fs.writeFileSync(path.join(dir, 'manifest.yml'), manifest);
  fs.mkdirSync(path.join(dir, 'static/main/build'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'static/main/build/index.html'), '<!doctype html>');
  fs.mkdirSync(path.join(dir, 'src'));
  fs.writeFileSync(path.join(dir, 'src/index.ts'), 'export const uiResolver = () => undefined;\n');
  return dir;
}

const exportsWith = (names: string[]) => () => Object.fromEntries(names.map((n) => [n, () => undefined]));
const messages = (dir: string, names = ['uiResolver']) => hostValidate(dir, exportsWith(names)).problems.map((p) => p.message);

describe('manifest gate', () => {
  it('passes the shipped manifest with no Forge or host errors', async () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const shipped = hostValidate(REPO_ROOT, () => require('../../src/index') as Record<string, unknown>);
    expect(shipped.problems).toEqual([]);
    expect(await forgeValidate(path.join(REPO_ROOT, 'manifest.yml'))).toEqual([]);
  });

  it('accepts the minimal valid fixture', async () => {
    const dir = appDir(BASE);
    expect(messages(dir)).toEqual([]);
    expect(await forgeValidate(path.join(dir, 'manifest.yml'))).toEqual([]);
  });

  it('names a handler that src/index.ts does not export', () => {
    expect(messages(appDir(BASE), ['somethingElse'])).toEqual([expect.stringContaining('handler index.uiResolver is not an exported function of src/index.ts')]);
  });

  it('names an invalid scheduled-trigger interval with its line', async () => {
    const dir = appDir(BASE.replace('  function:\n', '  scheduledTrigger:\n    - key: sweep\n      function: resolver\n      interval: minute\n  function:\n'));
    expect(messages(dir)).toEqual([expect.stringMatching(/line \d+ \(scheduledTrigger\): invalid interval 'minute'/)]);
    expect((await forgeValidate(path.join(dir, 'manifest.yml'))).length).toBeGreaterThan(0);
  });

  it('refuses a UI Kit 1 function module', () => {
    const dir = appDir(BASE.replace('      resource: main\n      resolver:\n        function: resolver\n', '      function: resolver\n'));
    expect(messages(dir)).toEqual([expect.stringContaining('UI Kit 1')]);
  });

  it('names a resource whose build output is missing', () => {
    const dir = appDir(BASE);
    fs.rmSync(path.join(dir, 'static/main/build'), { recursive: true });
    expect(messages(dir)).toEqual([expect.stringContaining('resource main: static/main/build/index.html is missing')]);
  });

  it('refuses a consumer function that another module also uses', () => {
    const dir = appDir(BASE.replace('  function:\n', '  consumer:\n    - key: c\n      queue: q\n      function: resolver\n  function:\n'));
    expect(messages(dir)).toEqual([expect.stringContaining('function resolver is a queue consumer')]);
  });
});
