import { useState } from 'react';
import { RouterProvider } from 'react-router/dom';
import { queryClient } from '@/lib/query-client';
import { AppProvider } from './provider';
import { createAppRouter } from './router';

export function App() {
  // Created on first render, not at import: a data router starts its first loaders as
  // soon as it exists (their requests wait for the mock: holdRequestsUntil in main.tsx).
  const [router] = useState(() => createAppRouter(queryClient));
  return (
    <AppProvider queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProvider>
  );
}
