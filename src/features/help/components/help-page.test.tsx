import { fc, test } from '@fast-check/vitest';
import { configure, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { apiPost } from '@/lib/api-client';
import { renderRoute } from '@/test/render';
import { returnPath } from './return-path';

// these render the real routes with the shell: generous waits on a busy machine
configure({ asyncUtilTimeout: 5000 });

describe('Assigning permissions (R14)', { timeout: 30_000 }, () => {
  it('explains the roles and how an administrator grants the purchase permission', async () => {
    await apiPost('/demo/scenario', { name: 'readonly' });
    renderRoute('/help/permissions');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Assigning permissions' }),
    ).toBeInTheDocument();
    const roles = screen.getByRole('table');
    expect(within(roles).getByRole('rowheader', { name: 'Administrator' })).toBeInTheDocument();
    expect(within(roles).getByRole('rowheader', { name: 'Read-only' })).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { name: 'How an administrator grants the purchase permission' }),
    ).toBeInTheDocument();
    expect(screen.getAllByRole('listitem').length).toBeGreaterThanOrEqual(3);
    expect(
      await screen.findByText(/purchases are refused until an administrator grants you/),
    ).toBeInTheDocument();
  });

  it('links back to the purchase that was refused, and only inside the console', async () => {
    const { unmount } = renderRoute(
      '/help/permissions?from=%2Frenew%2Fsas-hz-0001%3Fregion%3Dcn-hangzhou',
    );
    expect(await screen.findByRole('link', { name: 'Back to your purchase' })).toHaveAttribute(
      'href',
      '/renew/sas-hz-0001?region=cn-hangzhou',
    );
    unmount();
    // no ?from=: no link back
    const second = renderRoute('/help/permissions');
    await screen.findByRole('heading', { level: 1, name: 'Assigning permissions' });
    expect(screen.queryByRole('link', { name: 'Back to your purchase' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Go to Overview' })).not.toBeInTheDocument();
    second.unmount();
  });

  // the browser drops the tab and reads "//evil.example/phish": another site on a Ctrl-click
  it.each(['/\t/evil.example/phish', '//evil.example', '/\\evil.example', 'https://evil.example'])(
    'leads a ?from= of %j to the Overview, never off the console',
    async (from) => {
      renderRoute(`/help/permissions?region=ap-southeast-1&from=${encodeURIComponent(from)}`);
      await screen.findByRole('heading', { level: 1, name: 'Assigning permissions' });
      const main = screen.getByRole('main');
      // every link of the page, resolved as the browser does (an anchor's href property)
      for (const link of within(main).queryAllByRole('link'))
        expect(new URL((link as HTMLAnchorElement).href).origin).toBe(window.location.origin);
      expect(within(main).getByRole('link', { name: 'Go to Overview' })).toHaveAttribute(
        'href',
        '/overview?region=ap-southeast-1',
      );
      expect(
        within(main).queryByRole('link', { name: 'Back to your purchase' }),
      ).not.toBeInTheDocument();
    },
  );
});

describe('returnPath: only a path of this origin', () => {
  const ORIGIN = 'https://console.example';
  const FALLBACK = '/overview';
  const back = (from: string | null) => returnPath(from, FALLBACK, ORIGIN);

  it.each([
    ['/renew/sas-hz-0001', '/renew/sas-hz-0001'],
    ['/renew/sas-hz-0001?region=cn-hangzhou', '/renew/sas-hz-0001?region=cn-hangzhou'],
    ['/upgrade/sas-hz-0001?method=quota#step', '/upgrade/sas-hz-0001?method=quota#step'],
    ['/', '/'],
    // what the URL parser makes of it is what is linked: the same place, written plainly
    ['/renew/a\\b', '/renew/a/b'],
    ['/renew/x\t', '/renew/x'],
    ['/a/../orders', '/orders'],
    // an encoded slash is a character of the path, not a separator: it stays on this origin
    ['/%2F%2Fevil.example', '/%2F%2Fevil.example'],
  ])('keeps %j as %j', (from, expected) => {
    expect(back(from)).toBe(expected);
  });

  it.each(
    [
      '//evil.example/x',
      '//evil',
      '/\\evil',
      '/\\evil.example',
      '\\/evil.example',
      '\\\\evil.example',
      '/\t/evil.example',
      '/\t/evil.example/phish',
      '/\n/evil.example',
      '/\r\n/evil.example',
      '\t//evil.example',
      ' //evil.example',
      // same origin, but the path it parses to begins with "//": linked as such, another site
      '/.//evil.example',
      '/..//evil.example',
      '/a/..//evil.example',
      'https://evil',
      'https://evil.example/renew',
      'http:evil.example',
      'https:/evil.example',
      `${ORIGIN}.evil.example/x`,
      `${ORIGIN}@evil.example/x`,
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      ' javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      '%2F%2Fevil',
      '%2F%2Fevil.example',
      'evil.example',
      'renew/sas-hz-0001',
      '',
      '/' + 'a'.repeat(5_000),
      '/renew/' + '%2F'.repeat(2_000),
    ].map((from) => [JSON.stringify(from).slice(0, 48), from] as const),
  )('falls back to the Overview for %s', (_, from) => {
    expect(back(from)).toBe(FALLBACK);
  });

  it('gives no link without ?from=, and reads the page origin by default', () => {
    expect(back(null)).toBeNull();
    expect(returnPath('/renew/sas-hz-0001', FALLBACK)).toBe('/renew/sas-hz-0001');
    expect(returnPath('//evil.example', FALLBACK)).toBe(FALLBACK);
  });

  test.prop([
    fc.stringMatching(/^[/\\\t\n\r .a-z:@%2F?#-]{0,24}$/),
    fc.constantFrom('https://console.example', 'http://localhost:3000'),
  ])('whatever the input, the link resolves on the origin', (from, origin) => {
    const path = returnPath(from, FALLBACK, origin)!;
    expect(path === FALLBACK || (path.startsWith('/') && !path.startsWith('//'))).toBe(true);
    expect(new URL(path, origin).origin).toBe(origin);
    // and so it does from any page of the console, as an anchor's href is resolved
    expect(new URL(path, `${origin}/help/permissions?x=1`).origin).toBe(origin);
  });
});
