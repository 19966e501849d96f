import type { QueryClient } from '@tanstack/react-query';
import type { ComponentType } from 'react';
import { createBrowserRouter, redirect, type LoaderFunction, type RouteObject } from 'react-router';
import { paths } from '@/config/paths';
import { NotFoundPage } from './not-found';
import { RouteError } from './route-error';
import { Shell } from './shell';

/**
 * A route module (`./routes/*.tsx`) exports its page as `Component` and, when the
 * page should not render before its data, `clientLoader(queryClient)` — a loader that
 * fills the query cache (`ensureQueryData`); the page still reads it with `useQuery`.
 */
type RouteModule = {
  Component: ComponentType;
  clientLoader?: (queryClient: QueryClient) => LoaderFunction;
};

const lazyRoute =
  (queryClient: QueryClient, load: () => Promise<RouteModule>): RouteObject['lazy'] =>
  async () => {
    const { Component, clientLoader } = await load();
    return { Component, loader: clientLoader?.(queryClient) };
  };

/** Every route of SPEC §3, inside the shell; each has its own error boundary. */
export function createRoutes(queryClient: QueryClient): RouteObject[] {
  const page = (path: string, load: () => Promise<RouteModule>): RouteObject => ({
    path,
    lazy: lazyRoute(queryClient, load),
    errorElement: <RouteError />,
  });

  return [
    {
      id: 'root',
      element: <Shell />,
      errorElement: <RouteError standalone />,
      children: [
        {
          index: true,
          // `/` → `/overview`, keeping `?region=`
          loader: ({ request }) => redirect(paths.overview.path + new URL(request.url).search),
        },
        page(paths.overview.path, () => import('./routes/overview')),
        page(paths.purchasedResources.path, () => import('./routes/purchased-resources')),
        page(paths.renew.path, () => import('./routes/renew')),
        page(paths.upgrade.path, () => import('./routes/upgrade')),
        page(paths.orders.path, () => import('./routes/orders')),
        page(paths.orderReceipt.path, () => import('./routes/order-receipt')),
        page(paths.messages.path, () => import('./routes/messages')),
        page(paths.helpPermissions.path, () => import('./routes/help')),
        { path: '*', element: <NotFoundPage />, errorElement: <RouteError /> },
      ],
    },
  ];
}

export type AppRouter = ReturnType<typeof createBrowserRouter>;

export function createAppRouter(queryClient: QueryClient): AppRouter {
  return createBrowserRouter(createRoutes(queryClient), {
    // the app may be served under a sub-path (VITE_BASE_PATH)
    basename: import.meta.env.BASE_URL.replace(/\/$/, '') || '/',
  });
}
