/**
 * Shareable demo links: the panel's "Copy link" reproduces the presenter's state —
 * scenario, clock, assets per region, role — in another browser with nothing stored; and
 * `?scenario=NAME` alone still works (SPEC §2).
 */
import { demoState, hangzhou, openDemoPanel } from './demo-helpers';
import { expect, openConsole, test } from './fixtures';
import { api, orders, subscription } from './wizard-helpers';

test.describe('demo links', () => {
  test('?scenario=expiring-soon alone loads the scenario and leaves the URL', async ({ page }) => {
    await page.goto('/overview?scenario=expiring-soon');
    await expect(page.getByText('Your subscription expires in 5 days')).toBeVisible();
    await expect(page).toHaveURL(/\/overview$/);
    expect((await demoState(page)).scenario).toBe('expiring-soon');
  });

  test('a demo link over a demo with orders: Demo → Restore previous demo brings them back', async ({
    page,
  }) => {
    await openConsole(page, '/overview?region=cn-hangzhou');
    const view = await subscription(page);
    const paid = await api<{ order: { id: string } }>(
      page,
      'POST',
      '/orders',
      {
        type: 'renew',
        subscriptionId: 'sas-hz-0001',
        expectedVersion: view.subscription.version,
        disclaimerAccepted: true,
        validity: { unit: 'month', count: 1 },
      },
      { 'Idempotency-Key': 'restore-demo' },
    );
    await page.goto('/overview?scenario=expiring-soon');
    await expect(page.getByText('Your subscription expires in 5 days')).toBeVisible();
    expect((await orders(page)).map((o) => o.id)).not.toContain(paid.order.id);

    const panel = await openDemoPanel(page);
    await panel.getByRole('button', { name: 'Restore previous demo' }).click();
    await expect(panel.getByText('The previous demo is back.')).toBeVisible();
    expect((await orders(page)).map((o) => o.id)).toContain(paid.order.id);
    expect((await demoState(page)).scenario).toBe('healthy');
  });

  test('a copied link reproduces scenario, clock, assets and role in a new browser', async ({
    page,
    context,
    browser,
    baseURL,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
    await openConsole(page, '/overview?region=cn-hangzhou');

    // the presenter: a scenario, 3 weeks on, assets changed in two regions, read-only — set
    // through the demo API (the panel's own controls have their journeys in demo-panel.spec.ts)
    await api(page, 'POST', '/demo/scenario', { name: 'multi-region' });
    const start = Date.parse((await demoState(page)).now);
    // 21 days and 6 hours on: the days left (rounded up) are then hours away from changing, not
    // the seconds that pass between the presenter's browser and the prospect's
    await api(page, 'PATCH', '/demo', {
      now: new Date(start + 21 * 86_400_000 + 6 * 3_600_000).toISOString(),
      role: 'readonly',
    });
    await api(page, 'PUT', '/demo/assets', { region: 'ap-southeast-1', ecs: 44, external: 7 });
    await api(page, 'PUT', '/demo/assets', { region: 'cn-hangzhou', ecs: 9, external: 3 });
    await page.reload();
    const panel = await openDemoPanel(page);
    await expect(panel.getByText('21 days ahead')).toBeVisible();
    await expect(
      panel.getByRole('group', { name: 'Singapore' }).getByText(/^51 billable/),
    ).toBeVisible();
    await expect(
      panel.getByRole('group', { name: 'China (Hangzhou)' }).getByText(/^12 billable/),
    ).toBeVisible();

    const before = await demoState(page);
    const beforeView = await hangzhou(page);
    const mainBefore = await page
      .getByRole('main')
      .getByText(/^\d+ days$/)
      .innerText();

    await panel.getByRole('button', { name: 'Copy link' }).click();
    await expect(panel.getByText('Link copied to the clipboard.')).toBeVisible();
    const link = await panel.getByRole('textbox', { name: 'Demo link' }).inputValue();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
    expect(link).toContain('scenario=multi-region');
    expect(link).toContain('demoRole=readonly');

    // another machine: a new browser context, nothing stored
    const other = await browser.newContext();
    try {
      const page2 = await other.newPage();
      await page2.goto(link);
      await expect(page2.getByRole('status', { name: 'Edition: Standard' })).toBeVisible();
      // the demo parameters are applied, then removed; the page's own stay
      await expect(page2).toHaveURL(/\/overview\?region=cn-hangzhou$/);

      const after = await demoState(page2);
      expect(after.scenario).toBe('multi-region');
      expect(after.role).toBe('readonly');
      expect(after.assets).toEqual(before.assets);
      expect(Math.abs(Date.parse(after.now) - Date.parse(before.now))).toBeLessThan(60_000);
      const afterView = await hangzhou(page2);
      expect(afterView.subscription.expiresAt?.slice(0, 16)).toBe(
        beforeView.subscription.expiresAt?.slice(0, 16),
      );
      expect(afterView.upgradeRequired).toBe(true);

      // and what the prospect sees is the same
      const main2 = page2.getByRole('main');
      await expect(main2.getByText(mainBefore, { exact: true })).toBeVisible();
      await expect(main2.getByRole('link', { name: 'Upgrade', exact: true })).toBeVisible();
      const nav2 = page2.getByRole('navigation', { name: 'Main navigation' });
      await expect(nav2.getByText('Read-only')).toBeVisible();
      const panel2 = await openDemoPanel(page2);
      await expect(panel2.getByRole('combobox', { name: 'Load a scenario' })).toHaveValue(
        'Multi-region',
      );
      await expect(panel2.getByText('21 days ahead')).toBeVisible();
      await expect(
        panel2
          .getByRole('group', { name: 'Singapore' })
          .getByRole('textbox', { name: 'ECS instances' }),
      ).toHaveValue('44');
    } finally {
      await other.close();
    }
  });
});
