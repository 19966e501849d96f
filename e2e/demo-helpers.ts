/**
 * Helpers for the sales demo journeys: the Demo panel and the demo control API. The mock answers
 * the page's own `fetch` (src/mocks/browser.ts), so API calls go through `fetch` inside the page.
 */
import type { Page } from '@playwright/test';
import { expect } from './fixtures';
import { api } from './wizard-helpers';

export type DemoState = {
  now: string;
  clockOffsetMs: number;
  role: 'admin' | 'readonly';
  latencyMs: number;
  failureRate: number;
  scenario: string;
  assets: { region: string; ecs: number; external: number }[];
};

export type View = {
  status: string;
  daysLeft: number | null;
  upgradeRequired: boolean;
  effectiveEdition: string;
  subscription: { quota: number | null; expiresAt: string | null };
};

export const demoState = (page: Page) => api<DemoState>(page, 'GET', '/demo');
export const hangzhou = (page: Page) => api<View>(page, 'GET', '/subscriptions/sas-hz-0001');

/** Opens the Demo panel with the header button; returns the drawer. */
export async function openDemoPanel(page: Page) {
  await page.getByRole('banner').getByRole('button', { name: 'Demo' }).click();
  const panel = page.getByRole('dialog', { name: 'Demo control' });
  await expect(panel.getByRole('combobox', { name: 'Load a scenario' })).toBeVisible();
  return panel;
}

/** The Overview's page header actions live in `main`; Upgrade is a link there. */
export const overviewUpgrade = (page: Page) =>
  page.getByRole('main').getByRole('link', { name: 'Upgrade', exact: true });
