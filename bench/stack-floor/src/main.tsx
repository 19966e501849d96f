/**
 * The benchmark's stack floor (bench/README.md): the floor's page (an AppShell
 * with a 10-row table and a button, bench/floor) built on every library the console must use
 * to show a page — a React Router data router, TanStack Query, i18next with react-i18next, and
 * MSW 2 in the browser answering the one request — and no product code. The console's bytes
 * above this figure are what its own code costs; the floor's bytes up to it are what the
 * prescribed stack costs before any feature is written.
 */
import '@mantine/core/styles.css';

import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import i18next from 'i18next';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { initReactI18next, useTranslation } from 'react-i18next';
import { createBrowserRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { ENGLISH, ResourcesPage, type Row } from '../../floor/src/page';

function StackFloorPage() {
  const { t } = useTranslation();
  const rows = useQuery({
    queryKey: ['rows'],
    queryFn: async (): Promise<Row[]> => (await fetch('/api/rows')).json() as Promise<Row[]>,
  });
  const text = {
    product: t('product'),
    title: t('title'),
    buy: t('buy'),
    columns: {
      id: t('columns.id'),
      region: t('columns.region'),
      assets: t('columns.assets'),
      quota: t('columns.quota'),
    },
  };
  return <ResourcesPage text={text} rows={rows.data} />;
}

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
const root = createRoot(container);
const queryClient = new QueryClient();
const english = { ...ENGLISH, product: 'Stack floor' };

void Promise.all([
  import('./mock').then(({ startMock }) => startMock()),
  i18next.use(initReactI18next).init({ lng: 'en', resources: { en: { translation: english } } }),
]).then(() => {
  const router = createBrowserRouter([{ path: '*', Component: StackFloorPage }]);
  root.render(
    <StrictMode>
      <MantineProvider>
        <QueryClientProvider client={queryClient}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </MantineProvider>
    </StrictMode>,
  );
});
