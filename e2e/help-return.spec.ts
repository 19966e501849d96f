/**
 * "Assigning permissions" links back to the page named by `?from=`: never to another site,
 * however the value is written. Checked as the browser resolves the link (the anchor's href,
 * what Ctrl-click and "Open in new tab" follow), not as the attribute is written.
 */
import { expect, openConsole, test } from './fixtures';

const HOSTILE = [
  '/\t/evil.example/phish',
  '/\n/evil.example/phish',
  '//evil.example/phish',
  '/\\evil.example/phish',
  '/.//evil.example/phish',
  'https://evil.example/phish',
  'javascript:alert(1)',
  '%2F%2Fevil.example',
];

const help = (from: string) =>
  `/help/permissions?region=cn-hangzhou&from=${encodeURIComponent(from)}`;

test.describe('the help page link back (?from=)', () => {
  test('a hostile ?from= leads to the Overview, on this origin', async ({ page }) => {
    for (const from of HOSTILE) {
      await openConsole(page, help(from));
      const main = page.getByRole('main');
      await expect(main.getByRole('heading', { level: 1 })).toHaveText('Assigning permissions');
      const origin = new URL(page.url()).origin;
      const hrefs = await main
        .getByRole('link')
        .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
      for (const href of hrefs)
        expect(new URL(href).origin, `from=${JSON.stringify(from)}`).toBe(origin);
      await expect(main.getByRole('link', { name: 'Go to Overview' })).toHaveAttribute(
        'href',
        '/overview?region=cn-hangzhou',
      );
      await expect(main.getByRole('link', { name: 'Back to your purchase' })).toHaveCount(0);
    }
  });

  test('Ctrl-click on the link opens the console, not the other site', async ({
    page,
    context,
  }) => {
    // were the link to leave, the new tab would land here
    await context.route('http://evil.example/**', (route) =>
      route.fulfill({ contentType: 'text/html', body: '<h1>phished</h1>' }),
    );
    await openConsole(page, help('/\t/evil.example/phish'));
    const link = page.getByRole('main').getByRole('link').first();
    const [tab] = await Promise.all([
      context.waitForEvent('page'),
      link.click({ modifiers: ['ControlOrMeta'] }),
    ]);
    await tab.waitForLoadState();
    expect(new URL(tab.url()).origin).toBe(new URL(page.url()).origin);
    await expect(tab.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
  });

  test('a path of the console is linked as it is', async ({ page }) => {
    await openConsole(page, help('/renew/sas-hz-0001?region=cn-hangzhou'));
    await page.getByRole('link', { name: 'Back to your purchase' }).click();
    await expect(page).toHaveURL(/\/renew\/sas-hz-0001\?region=cn-hangzhou$/);
  });
});
