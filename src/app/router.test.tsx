import { act, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { server } from '@/mocks/node';
import { renderRoute } from '@/test/render';
import type * as RouteData from './route-data';

/** Whether the router counted each loader's wait as the console's first page (routerOf). */
const firstPage = vi.hoisted(() => [] as boolean[]);

vi.mock('./route-data', async (importOriginal) => {
  const original = await importOriginal<typeof RouteData>();
  return {
    ...original,
    routeData: (...args: Parameters<typeof original.routeData>) => {
      const [, isFirstPage] = args;
      const data = original.routeData(...args);
      return {
        ...data,
        briefly: (promise: Promise<unknown>) => {
          firstPage.push(isFirstPage());
          return data.briefly(promise);
        },
      };
    },
  };
});

describe('the router and how long a page waits for its data', () => {
  it('tells the first page’s loader it is the first page, and a page opened from inside the console it is not', async () => {
    const { router } = renderRoute('/overview');
    expect(await screen.findByRole('heading', { level: 1, name: 'Overview' })).toBeInTheDocument();
    expect(firstPage).toEqual([true]);

    await act(() => router.navigate('/orders'));
    await screen.findByRole('heading', { level: 1, name: 'Orders' });
    await waitFor(() => expect(firstPage).toEqual([true, false]));
  });
});

describe('the wizards and their pinned subscription', () => {
  it('asks for the subscription once: the region it then selects in the URL does not ask again', async () => {
    const asked: string[] = [];
    const count = ({ request }: { request: Request }) => {
      const { pathname } = new URL(request.url);
      if (request.method === 'GET' && pathname.endsWith('/subscriptions/sas-hz-0001'))
        asked.push(pathname);
    };
    server.events.on('request:start', count);
    try {
      const { router } = renderRoute('/upgrade/sas-hz-0001?method=quota');
      await screen.findByRole('heading', { level: 1, name: /upgrade/i });
      // the wizard selects its subscription's region (use-subscription-region.ts)
      await waitFor(() => expect(router.state.location.search).toContain('region=cn-hangzhou'));
      await waitFor(() => expect(router.state.navigation.state).toBe('idle'));
      expect(asked).toHaveLength(1);

      // another wizard (a new route) fetches it fresh, as its loader says
      await act(() => router.navigate('/renew/sas-hz-0001?region=cn-hangzhou'));
      await waitFor(() => expect(asked).toHaveLength(2));
    } finally {
      server.events.removeListener('request:start', count);
    }
  });

  it.each([
    ['Upgrade', '/upgrade/sas-hz-0001?method=edition', 'Current configuration'],
    ['Renew', '/renew/sas-hz-0001', 'Confirm the order details'],
  ])(
    'asks for the %s wizard’s first quote before it renders: its first step, no skeleton first',
    async (_, url, firstStep) => {
      let quotes = 0;
      const count = ({ request }: { request: Request }) => {
        if (request.method === 'POST' && new URL(request.url).pathname.endsWith('/quotes'))
          quotes += 1;
      };
      server.events.on('request:start', count);
      // every state the page is in after each commit: was a skeleton ever in the page?
      let skeletonShown = false;
      const observer = new MutationObserver(() => {
        if (document.querySelector('main [aria-busy="true"]')) skeletonShown = true;
      });
      observer.observe(document.body, { childList: true, subtree: true });
      try {
        const { router } = renderRoute(url);
        await screen.findByRole('heading', { level: 2, name: firstStep });
        await waitFor(() => expect(router.state.navigation.state).toBe('idle'));
        expect(skeletonShown).toBe(false);
        // the wizard opens with the inputs the loader priced (for Upgrade, the method the URL
        // asks for): it asks for no other quote
        await new Promise((resolve) => setTimeout(resolve, 500));
        expect(quotes).toBe(1);
      } finally {
        observer.disconnect();
        server.events.removeListener('request:start', count);
      }
    },
  );
});
