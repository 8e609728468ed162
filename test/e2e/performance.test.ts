// Figures for the README: for the shell and each app surface, the JavaScript it loads (raw and gzip)
// and the time from navigation until it is usable, on the demo data in headless Chromium with a cold cache. Written to
// test-artifacts/performance.json; generous budgets make a regression fail loudly.
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Frame } from 'playwright-core';
import { launchChromium } from './support/chromium';
import { REPO_ROOT, startE2eHost, type E2eHost } from './support/e2e-host';
import { openShell } from './support/shell-page';
import { SURFACES } from './support/surfaces';

const BUDGET_MS = 5000;
type Figure = { surface: string; frame: string; jsFiles: number; jsBytes: number; jsGzip: number; interactiveMs: number };

let env: E2eHost;
let browser: Browser;
const figures: Figure[] = [];

beforeAll(async () => {
  env = await startE2eHost({ demoData: true });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await env?.close();
  if (figures.length === 0) return;
  const file = path.join(REPO_ROOT, 'test-artifacts/performance.json');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `${JSON.stringify(figures, null, 2)}\n`);
  console.log(figures.map((f) => `${f.surface.padEnd(32)} ${f.frame.padEnd(28)} js ${String(f.jsFiles).padStart(2)} files ${(f.jsGzip / 1024).toFixed(1).padStart(6)} KiB gzip (${(f.jsBytes / 1024).toFixed(0)} KiB raw)  usable after ${f.interactiveMs} ms`).join('\n'));
});

async function jsOf(frame: Frame): Promise<{ files: number; bytes: number; gzip: number }> {
  const urls = await frame.evaluate<string[]>('performance.getEntriesByType("resource").filter((e) => e.initiatorType === "script" || e.name.endsWith(".js")).map((e) => e.name)');
  let bytes = 0;
  let gzip = 0;
  for (const url of [...new Set(urls)].filter((u) => u.endsWith('.js'))) {
    const body = Buffer.from(await (await fetch(url)).arrayBuffer());
    bytes += body.length;
    gzip += gzipSync(body, { level: 9 }).length;
  }
  return { files: urls.length, bytes, gzip };
}

for (const surface of SURFACES) {
  test(`${surface.name}: JS and time until usable`, async () => {
    const shell = await openShell(browser, { role: 'lead' });
    try {
      const started = Date.now();
      await surface.open(shell.page, env.url);
      const interactiveMs = Date.now() - started;
      const main = await jsOf(shell.page.mainFrame());
      figures.push({ surface: surface.name, frame: 'shell', jsFiles: main.files, jsBytes: main.bytes, jsGzip: main.gzip, interactiveMs });
      const pageOrigin = await shell.page.evaluate<number>('performance.timeOrigin');
      for (const wrapper of await shell.page.$$('[data-testid="forge-frame"][data-phase="ready"]')) {
        const key = (await wrapper.getAttribute('data-module-key')) ?? 'frame';
        const frame = await (await wrapper.$('iframe'))?.contentFrame();
        if (!frame) continue;
        const js = await jsOf(frame);
        // Usable when its last resource (bundle, resolver answer) arrived, counted from the shell's navigation.
        const origin = await frame.evaluate<number>('performance.timeOrigin');
        const lastResponse = await frame.evaluate<number>('Math.max(0, ...performance.getEntriesByType("resource").map((e) => e.responseEnd))');
        figures.push({ surface: surface.name, frame: key, jsFiles: js.files, jsBytes: js.bytes, jsGzip: js.gzip, interactiveMs: Math.round(origin - pageOrigin + lastResponse) });
      }
      expect(interactiveMs).toBeLessThan(BUDGET_MS);
    } finally {
      await shell.close();
    }
  });
}
