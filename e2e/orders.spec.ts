import { expect, openConsole, test } from './fixtures';
import { api } from './wizard-helpers';

test.describe('Orders', () => {
  test('the filters live in the URL and survive a reload', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await openConsole(page, '/orders?scenario=multi-region');
    const table = page.getByRole('table', { name: 'Orders' });
    await expect(table.getByRole('rowheader')).toHaveCount(3);
    await expect(page.getByText('3 orders')).toBeVisible();

    await page.getByRole('combobox', { name: 'Filter by region' }).click();
    // the filter's list (the header's region select has a Frankfurt option too)
    await page.getByRole('listbox').getByRole('option', { name: 'Frankfurt' }).click();
    await expect(page).toHaveURL(/[?&]orderRegion=eu-central-1/);
    await expect(table.getByRole('rowheader')).toHaveCount(1);
    await expect(table).toContainText('Frankfurt');
    await expect(table).toContainText('New purchase');

    await page.getByRole('combobox', { name: 'Filter by type' }).click();
    await page.getByRole('option', { name: 'Renewal' }).click();
    await expect(page).toHaveURL(/[?&]type=renew/);
    await expect(page.getByText('No orders match these filters.')).toBeVisible();

    await page.reload();
    await expect(page.getByRole('combobox', { name: 'Filter by type' })).toHaveValue('Renewal');
    await expect(page.getByRole('combobox', { name: 'Filter by region' })).toHaveValue('Frankfurt');
    await expect(page.getByText('No orders match these filters.')).toBeVisible();

    await page.getByRole('button', { name: 'Clear filters' }).first().click();
    await expect(table.getByRole('rowheader')).toHaveCount(3);
    expect(new URL(page.url()).searchParams.has('type')).toBe(false);
  });

  test('a receipt prints alone: no header, no navigation, no buttons', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await openConsole(page, '/orders');
    const { items } = await api<{ items: { id: string }[] }>(page, 'GET', '/orders');
    const id = items[0]?.id ?? 'missing';
    await page.getByRole('link', { name: `${id}, open the receipt` }).click();
    await expect(page.getByRole('heading', { level: 1, name: `Receipt ${id}` })).toBeVisible();
    await expect(page.getByText('Paid', { exact: true })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Print' })).toBeVisible();

    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('banner')).toBeHidden();
    await expect(page.getByRole('button', { name: 'Print' })).toBeHidden();
    await expect(page.getByRole('table', { name: 'Line items' })).toBeVisible();
    await page.emulateMedia({ media: 'screen' });
    await expect(page.getByRole('banner')).toBeVisible();
  });

  test('phone: the table scrolls sideways with the order id kept in view', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 812 });
    await openConsole(page, '/orders?scenario=multi-region');
    const table = page.getByRole('table', { name: 'Orders' });
    await expect(table.getByRole('rowheader')).toHaveCount(3);
    const pageOverflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(pageOverflow).toBeLessThanOrEqual(0);
    const firstId = table.getByRole('rowheader').first();
    const before = await firstId.boundingBox();
    // the table's scroll container (the page itself does not scroll sideways)
    await table.evaluate((element) => {
      let scroller = element.parentElement;
      while (scroller && scroller.scrollWidth <= scroller.clientWidth)
        scroller = scroller.parentElement;
      if (scroller) scroller.scrollLeft = 400;
    });
    await expect(table.getByRole('columnheader', { name: 'Date' })).toBeInViewport();
    const after = await firstId.boundingBox();
    expect(after?.x).toBe(before?.x);
  });
});
