// The usual frame of a browser suite: before its tests the local host starts (optionally with the demo data
// and a preparation step such as building the figures) and Chromium launches; after them both close.
import type { Browser } from 'playwright-core';
import { launchChromium } from './chromium';
import { startE2eHost, type E2eHost } from './e2e-host';

/** The admin page's module key (Apps → Manage apps → LineBridge). */
export const ADMIN_PAGE = 'linebridge-admin';

export type E2eSuite = { readonly env: E2eHost; readonly browser: Browser };

export type E2eSuiteOptions = {
  readonly demoData?: boolean;
  /** Runs on the started host before Chromium launches (e.g. buildFigures). */
  readonly prepare?: (env: E2eHost) => Promise<unknown>;
};

/** Call at a test file's top level; read `env` and `browser` inside tests (they exist once beforeAll ran). */
export function e2eSuite(opts: E2eSuiteOptions = {}): E2eSuite {
  let env: E2eHost | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    env = await startE2eHost({ demoData: opts.demoData === true });
    await opts.prepare?.(env);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await env?.close();
  });
  const started = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`${what} is not started: read it inside a test`);
    return value;
  };
  return {
    get env() { return started(env, 'the e2e host'); },
    get browser() { return started(browser, 'Chromium'); },
  };
}
