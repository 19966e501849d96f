/**
 * Test rendering with the app's real providers. `renderRoute` renders the real route
 * tree (shell, lazy pages, loaders, error boundaries) at a URL in a memory router;
 * `renderWithProviders` renders one component.
 */
import { render, type RenderResult } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { AppProvider } from '@/app/provider';
import { routerOf } from '@/app/router';
import { createQueryClient } from '@/lib/query-client';

export function createTestQueryClient() {
  return createQueryClient({ retry: false });
}

type Rendered = RenderResult & {
  user: ReturnType<typeof userEvent.setup>;
  queryClient: ReturnType<typeof createTestQueryClient>;
};

export function renderWithProviders(ui: ReactElement, { route = '/' } = {}): Rendered {
  const queryClient = createTestQueryClient();
  const router = createMemoryRouter([{ path: '*', element: ui }], { initialEntries: [route] });
  const user = userEvent.setup();
  const result = render(
    <AppProvider queryClient={queryClient} env="test">
      <RouterProvider router={router} />
    </AppProvider>,
  );
  return { ...result, user, queryClient };
}

export function renderRoute(
  url: string,
): Rendered & { router: ReturnType<typeof createMemoryRouter> } {
  const queryClient = createTestQueryClient();
  const router = routerOf(queryClient, (routes) =>
    createMemoryRouter(routes, { initialEntries: [url] }),
  );
  const user = userEvent.setup();
  const result = render(
    <AppProvider queryClient={queryClient} env="test">
      <RouterProvider router={router} />
    </AppProvider>,
  );
  return { ...result, user, queryClient, router };
}
