/**
 * Helpers for the journeys over real HTTP (project `http`): the reference backend serves the
 * built console and its API on one origin; requests from the test go through the context's
 * own cookie jar (`page.request`), so they act as the signed-in user of that browser.
 */
import type { APIResponse, Page } from '@playwright/test';
import { expect } from '../fixtures';

export const ADMIN = 'admin@demo.test';
export const READONLY = 'readonly@demo.test';
export const PASSWORD = 'demo-password';
export const HZ = 'sas-hz-0001';

async function body<T>(response: APIResponse): Promise<T> {
  expect(response.status(), await response.text()).toBeLessThan(400);
  return (await response.json()) as T;
}

/** Signs in through the sign-in page and waits for the page it returns to. */
export async function signInWithForm(page: Page, email: string, password = PASSWORD) {
  await expect(
    page.getByRole('heading', { level: 1, name: 'Sign in to Security Center' }),
  ).toBeVisible();
  await page.getByRole('textbox', { name: 'Email' }).fill(email);
  await page.getByLabel(/^Password/).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** Signs this browser context in over the API (its cookie), for journeys about something else. */
export async function signInByApi(page: Page, email = ADMIN) {
  await body(await page.request.post('/api/v1/session', { data: { email, password: PASSWORD } }));
}

/** The demo account back to its seed (the healthy scenario), or to a named scenario. */
export async function loadScenario(page: Page, name = 'healthy') {
  await body(await page.request.post('/api/v1/demo/scenario', { data: { name } }));
}

type Order = { id: string; type: string; amount: number };
export const orders = async (page: Page) =>
  (await body<{ items: Order[] }>(await page.request.get('/api/v1/orders'))).items;
