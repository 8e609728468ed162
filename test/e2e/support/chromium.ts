// Launches Debian's headless Chromium for the browser tests, or fails loudly when it is not installed:
// the e2e run must never pass by skipping. Flags keep it offline and quiet (no updates, sync or pings).
import fs from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_PATH = process.env.LINEBRIDGE_CHROMIUM ?? '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

export class ChromiumMissingError extends Error {}

export function assertChromium(): void {
  if (fs.existsSync(CHROMIUM_PATH)) return;
  const line = '!'.repeat(78);
  const message = `Chromium is not installed at ${CHROMIUM_PATH}: the browser tests cannot run.\nInstall it (apt-get install -y chromium) or point LINEBRIDGE_CHROMIUM at a Chromium binary.`;
  console.error(`\n${line}\n${message}\n${line}\n`);
  throw new ChromiumMissingError(message);
}

export async function launchChromium(): Promise<Browser> {
  assertChromium();
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: ARGS });
}
