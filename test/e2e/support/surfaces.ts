// The pages of the shell and where each UI module of manifest.yml shows up, read from the manifest at
// load time so the suite grows with it: a module type the shell cannot place fails the coverage test.
import path from 'node:path';
import type { Page } from 'playwright-core';
import { loadManifest } from '../../../sandbox/host/manifest-loader';
import { REPO_ROOT } from './e2e-host';
import { appFrame } from './shell-page';

export type Surface = { readonly name: string; readonly open: (page: Page, url: string) => Promise<void> };

export const manifest = loadManifest(path.join(REPO_ROOT, 'manifest.yml'));
const modules = (type: string): string[] => manifest.uiModules.filter((m) => m.type === type && m.resource).map((m) => m.key);

/** UI module types and the surface that renders them; workflow validators and entity properties have no UI here. */
export const PLACED_TYPES = ['jira:issuePanel', 'jira:issueContext', 'jira:issueAction', 'jira:adminPage', 'jira:globalPage', 'jira:projectPage', 'jira:dashboardGadget', 'jira:uiModifications'];
export const NO_UI_TYPES = ['jira:workflowValidator', 'jira:entityProperty'];

async function frames(page: Page, keys: readonly string[]): Promise<void> {
  for (const key of keys) await appFrame(page, key);
}

export const SURFACES: readonly Surface[] = [
  {
    name: 'issue-navigator',
    open: async (page, url) => {
      await page.goto(`${url}/jira/software/c/projects/SUP/issues`);
      await page.waitForSelector('[data-testid="issue-link-SUP-1"]');
    },
  },
  {
    name: 'issue-view',
    open: async (page, url) => {
      await page.goto(`${url}/browse/SUP-1`);
      await page.waitForSelector('[data-testid="issue-view"]');
      await frames(page, [...modules('jira:issuePanel'), ...modules('jira:issueContext')]);
    },
  },
  ...modules('jira:issueAction').map((key) => ({
    name: `issue-action-${key}`,
    open: async (page: Page, url: string) => {
      await page.goto(`${url}/browse/SUP-1`);
      await page.click('[data-testid="issue-actions"]');
      await page.click(`[data-testid="issue-action-${key}"]`);
      await frames(page, [key]);
    },
  })),
  {
    name: 'create-dialog',
    open: async (page, url) => {
      await page.goto(`${url}/jira/software/c/projects/SUP/issues`);
      await page.click('[data-testid="create-button"]');
      await page.waitForSelector('[data-testid="create-dialog"] [data-testid="form-field-summary"]');
      await page.waitForFunction('!document.querySelector(\'[data-testid="create-dialog"] [aria-label="Applying app changes"], [data-testid="create-dialog"] [data-phase="loading"]\')');
    },
  },
  {
    name: 'transition-dialog',
    open: async (page, url) => {
      await page.goto(`${url}/browse/SUP-1`);
      await page.click('[data-testid="status-button"]');
      await page.click('[data-testid="transition-51"]');
      await page.waitForSelector('[data-testid="transition-dialog"] [data-testid="form-field-resolution"]');
    },
  },
  {
    name: 'dashboard',
    open: async (page, url) => {
      await page.goto(`${url}/jira/dashboards/10000`);
      await page.waitForSelector('#dashboard-heading');
      await frames(page, modules('jira:dashboardGadget'));
    },
  },
  ...modules('jira:globalPage').map((key) => ({
    name: `global-page-${key}`,
    open: async (page: Page, url: string) => {
      await page.goto(`${url}/jira/apps/${key}`);
      await frames(page, [key]);
    },
  })),
  ...modules('jira:projectPage').map((key) => ({
    name: `project-page-${key}`,
    open: async (page: Page, url: string) => {
      await page.goto(`${url}/jira/software/c/projects/SUP/apps/${key}`);
      await frames(page, [key]);
    },
  })),
  {
    name: 'manage-apps',
    open: async (page, url) => {
      await page.goto(`${url}/jira/settings/apps`);
      await page.waitForSelector('[data-testid="installed-app"]');
    },
  },
  ...modules('jira:adminPage').map((key) => ({
    name: `admin-page-${key}`,
    open: async (page: Page, url: string) => {
      await page.goto(`${url}/jira/settings/apps/${key}`);
      await frames(page, [key]);
    },
  })),
];
