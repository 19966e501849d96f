import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { i18n } from '@/lib/i18n';
import { renderRoute } from '@/test/render';

afterEach(async () => {
  await i18n.changeLanguage('en');
});

describe('the shell', () => {
  it('redirects / to /overview and keeps the region', async () => {
    const { router } = renderRoute('/?region=eu-central-1');
    await waitFor(() => expect(router.state.location.pathname).toBe('/overview'));
    expect(router.state.location.search).toBe('?region=eu-central-1');
  });

  it('keeps the loading frame on screen while the first page loads, never a blank page', async () => {
    const { router } = renderRoute('/orders');
    // the first navigation is still loading the route's code and data
    expect(router.state.initialized).toBe(false);
    expect(screen.getByRole('status')).toHaveTextContent('Loading the console…');
    expect(await screen.findByRole('heading', { level: 1, name: 'Orders' })).toBeInTheDocument();
    expect(screen.queryByText('Loading the console…')).not.toBeInTheDocument();
  });

  it('has the landmarks, the navigation, one h1 and the edition of the region (R15)', async () => {
    renderRoute('/overview');
    expect(await screen.findByRole('heading', { level: 1, name: 'Overview' })).toBeInTheDocument();
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(screen.getByRole('banner')).toBeInTheDocument();
    expect(screen.getByRole('main')).toBeInTheDocument();

    const nav = screen.getByRole('navigation', { name: 'Main navigation' });
    for (const name of ['Overview', 'Purchased Resources', 'Orders', 'Messages']) {
      expect(within(nav).getByRole('link', { name })).toBeInTheDocument();
    }
    expect(within(nav).getByRole('link', { name: 'Overview' })).toHaveAttribute(
      'aria-current',
      'page',
    );

    expect(await screen.findByRole('status', { name: 'Edition: Standard' })).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: /^Messages, \d+ unread$/ })).toHaveAttribute(
      'href',
      '/messages?region=cn-hangzhou',
    );
    expect(screen.getByRole('combobox', { name: 'Region' })).toHaveDisplayValue('China (Hangzhou)');
  });

  it('switches the region through ?region= and shows that region’s edition', async () => {
    const { user, router } = renderRoute('/overview');
    await screen.findByRole('status', { name: 'Edition: Standard' });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Region' }), 'Singapore');
    await waitFor(() => expect(router.state.location.search).toBe('?region=ap-southeast-1'));
    expect(await screen.findByRole('status', { name: 'Edition: Basic' })).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Main navigation' });
    expect(within(nav).getByRole('link', { name: 'Orders' })).toHaveAttribute(
      'href',
      '/orders?region=ap-southeast-1',
    );
  });

  it('opens every page of SPEC §3 with its own h1', async () => {
    const pages: [string, string][] = [
      ['/purchased-resources', 'Purchased Resources'],
      ['/renew/sas-hz-0001', 'Renew'],
      ['/upgrade/sas-hz-0001?method=quota', 'Upgrade'],
      ['/orders', 'Orders'],
      ['/messages', 'Messages'],
      ['/help/permissions', 'Assigning permissions'],
    ];
    for (const [url, title] of pages) {
      const { unmount } = renderRoute(url);
      expect(await screen.findByRole('heading', { level: 1, name: title })).toBeInTheDocument();
      unmount();
    }
  });

  it('has the language and colour scheme in the menu while it is open (a phone header has no room for them)', async () => {
    const { user } = renderRoute('/overview');
    await screen.findByRole('heading', { level: 1, name: 'Overview' });
    const nav = screen.getByRole('navigation', { name: 'Main navigation' });
    expect(within(nav).queryByRole('button', { name: 'Language' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Toggle navigation' }));
    await user.click(within(nav).getByRole('button', { name: 'Colour scheme' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Dark' }));
    expect(document.documentElement).toHaveAttribute('data-mantine-color-scheme', 'dark');

    await user.click(within(nav).getByRole('button', { name: 'Language' }));
    await user.click(await screen.findByRole('menuitem', { name: '中文' }));
    expect(await screen.findByRole('heading', { level: 1, name: '概览' })).toBeInTheDocument();
    // the menu closes when a page is chosen, and takes them with it
    await user.click(within(nav).getByRole('link', { name: '订单' }));
    expect(await screen.findByRole('heading', { level: 1, name: '订单' })).toBeInTheDocument();
    expect(within(nav).queryByRole('button', { name: '语言' })).not.toBeInTheDocument();
  });

  it('shows a not-found page with a way home', async () => {
    renderRoute('/no/such/page?region=us-east-1');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Page not found' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to Overview' })).toHaveAttribute(
      'href',
      '/overview?region=us-east-1',
    );
  });
});
