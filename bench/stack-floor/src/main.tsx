/**
 * The benchmark's stack floor (README.md, section "Benchmark"): the floor's page (an AppShell
 * with a 10-row table and a button, bench/floor) built on every library the console must use
 * to show a page — a React Router data router, TanStack Query, i18next with react-i18next, and
 * MSW 2 in the browser answering the one request — and no product code. The console's bytes
 * above this figure are what its own code costs; the floor's bytes up to it are what the
 * prescribed stack costs before any feature is written.
 */
import '@mantine/core/styles.css';

import { AppShell, Button, Group, MantineProvider, Table, Text, Title } from '@mantine/core';
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import i18next from 'i18next';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { initReactI18next, useTranslation } from 'react-i18next';
import { createBrowserRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import type { Row } from './rows';

const english = {
  product: 'Stack floor',
  title: 'Resources',
  buy: 'Buy',
  columns: { id: 'Id', region: 'Region', assets: 'Assets', quota: 'Quota' },
};

function StackFloorPage() {
  const { t } = useTranslation();
  const rows = useQuery({
    queryKey: ['rows'],
    queryFn: async (): Promise<Row[]> => (await fetch('/api/rows')).json() as Promise<Row[]>,
  });
  return (
    <AppShell header={{ height: 56 }} padding="md">
      <AppShell.Header>
        <Group h="100%" px="md">
          <Text fw={600}>{t('product')}</Text>
        </Group>
      </AppShell.Header>
      <AppShell.Main>
        <Group justify="space-between" mb="md">
          <Title order={1}>{t('title')}</Title>
          <Button color="blue.8">{t('buy')}</Button>
        </Group>
        {rows.data && (
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('columns.id')}</Table.Th>
                <Table.Th>{t('columns.region')}</Table.Th>
                <Table.Th>{t('columns.assets')}</Table.Th>
                <Table.Th>{t('columns.quota')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.data.map((row) => (
                <Table.Tr key={row.id}>
                  <Table.Td>{row.id}</Table.Td>
                  <Table.Td>{row.region}</Table.Td>
                  <Table.Td>{row.assets}</Table.Td>
                  <Table.Td>{row.quota}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </AppShell.Main>
    </AppShell>
  );
}

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
const root = createRoot(container);
const queryClient = new QueryClient();

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
