import { act, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
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
  it('does not hold the first page for its data; a page opened from inside the console may wait', async () => {
    const { router } = renderRoute('/overview');
    expect(await screen.findByRole('heading', { level: 1, name: 'Overview' })).toBeInTheDocument();
    expect(firstPage).toEqual([true]);

    await act(() => router.navigate('/orders'));
    await screen.findByRole('heading', { level: 1, name: 'Orders' });
    await waitFor(() => expect(firstPage).toEqual([true, false]));
  });
});
