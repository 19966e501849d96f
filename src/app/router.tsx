import type { QueryClient } from '@tanstack/react-query';
import type { ComponentType } from 'react';
import {
  createBrowserRouter,
  redirect,
  type DataRouter,
  type RouteObject,
  type ShouldRevalidateFunction,
} from 'react-router';
import { paths } from '@/config/paths';
import { setSignInNavigator } from '@/lib/auth';
import { loadNamespaces, type Namespace } from '@/lib/i18n';
import { BootFrame } from './boot-frame';
import { routeData, type ClientLoader, type RouteData } from './route-data';
import { NotFoundPage } from './not-found';
import { RouteError } from './route-error';
import { PAGES, type Page } from './routes/manifest';
import * as overviewRoute from './routes/overview';
import { Shell } from './shell';

/**
 * A route module (`./routes/*.tsx`) exports its page as `Component` and, when the
 * page should not render before its data, `clientLoader` — a loader that fills the query
 * cache (`ensureQueryData`), waiting as route-data.ts says; the page still reads it with
 * `useQuery`. `shouldRevalidate`, where given, says when a change of URL runs that loader again.
 */
type RouteModule = {
  Component: ComponentType;
  clientLoader?: ClientLoader;
  shouldRevalidate?: ShouldRevalidateFunction;
};

/**
 * The route's module and, beside it, the namespaces its page shows (the shell's are always
 * there), so the page renders with its words: no keys on screen, no Suspense fallback.
 */
const lazyRoute =
  (
    data: RouteData,
    load: () => Promise<RouteModule>,
    namespaces: readonly Namespace[],
  ): RouteObject['lazy'] =>
  async () => {
    const [{ Component, clientLoader, shouldRevalidate }] = await Promise.all([
      load(),
      loadNamespaces(namespaces),
    ]);
    return { Component, loader: clientLoader?.(data), shouldRevalidate };
  };

/**
 * The pages' route modules: those the manifest puts in the entry imported with it, so the first
 * page renders without waiting for a second script; every other one loaded when it is opened.
 */
const entryModules: Record<string, RouteModule> = { overview: overviewRoute };
const lazyModules = import.meta.glob<RouteModule>(['./routes/*.tsx', '!./routes/overview.tsx']);

/** The manifest's pages, their namespaces checked against the console's. */
const pages: readonly (Page & { namespaces: readonly Namespace[] })[] = PAGES;

const pageRoute = (data: RouteData, page: (typeof pages)[number]): RouteObject => ({
  path: page.path,
  lazy: lazyRoute(data, loadModule(page), page.namespaces),
  errorElement: <RouteError standalone={page.standalone === true} />,
});

function loadModule({ module, inEntry = false }: Page): () => Promise<RouteModule> {
  const entry = entryModules[module];
  const lazy = lazyModules[`./routes/${module}.tsx`];
  if (inEntry && entry) return () => Promise.resolve(entry);
  if (!inEntry && lazy) return lazy;
  throw new Error(`routes/manifest.ts: no ${inEntry ? 'entry' : 'lazy'} route module ${module}`);
}

/**
 * Every route of SPEC §3 (the pages of ./routes/manifest.ts), inside the shell; each has its own
 * error boundary. `isFirstPage`: whether the router is still loading the console's first page.
 */
function createRoutes(queryClient: QueryClient, isFirstPage: () => boolean): RouteObject[] {
  const data = routeData(queryClient, isFirstPage);
  return [
    {
      id: 'root',
      element: <Shell />,
      // the first navigation's code and data are loading: index.html's frame stays
      HydrateFallback: BootFrame,
      errorElement: <RouteError standalone />,
      children: [
        {
          index: true,
          // `/` → `/overview`, keeping `?region=`
          loader: ({ request }) => redirect(paths.overview.path + new URL(request.url).search),
        },
        ...pages.filter((page) => !page.standalone).map((page) => pageRoute(data, page)),
        { path: '*', element: <NotFoundPage />, errorElement: <RouteError /> },
      ],
    },
    ...pages
      .filter((page) => page.standalone)
      .map((page) => ({
        ...pageRoute(data, page),
        HydrateFallback: BootFrame,
      })),
  ];
}

export type AppRouter = ReturnType<typeof createBrowserRouter>;

/** A router over the console's routes, made by `create` (a browser router; in tests, a memory one). */
export function routerOf<R extends DataRouter>(
  queryClient: QueryClient,
  create: (routes: RouteObject[]) => R,
): R {
  const made: { router?: R } = {};
  // the first page is loading until the router is initialized (its first loaders have run)
  const router = create(createRoutes(queryClient, () => !made.router?.state.initialized));
  made.router = router;
  // a 401 (lib/auth.ts): to the sign-in page, back to the page being shown or opened after it
  setSignInNavigator(() => {
    const { location, navigation } = router.state;
    const at = navigation.location ?? location;
    void router.navigate(paths.signIn.getHref(at.pathname + at.search + at.hash), {
      replace: true,
    });
  });
  return router;
}

export function createAppRouter(queryClient: QueryClient): AppRouter {
  return routerOf(queryClient, (routes) =>
    createBrowserRouter(routes, {
      // the app may be served under a sub-path (VITE_BASE_PATH)
      basename: import.meta.env.BASE_URL.replace(/\/$/, '') || '/',
    }),
  );
}
