import { useState } from 'react';
import { RouterProvider } from 'react-router/dom';
import { queryClient } from '@/lib/query-client';
import { AppProvider } from './provider';
import { createAppRouter, type AppRouter } from './router';

/**
 * `router`: made by main.tsx before the first render, so the page's module and data start
 * loading while the language loads. Without it the router is made on first render, not at
 * import: a data router starts its first loaders as soon as it exists.
 */
export function App({ router: early }: { router?: AppRouter }) {
  const [router] = useState(() => early ?? createAppRouter(queryClient));
  return (
    <AppProvider queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProvider>
  );
}
