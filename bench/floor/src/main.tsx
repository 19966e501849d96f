/**
 * The benchmark's floor (README.md, section "Benchmark"): the console's own
 * stack — React and Mantine set up as Mantine's getting-started guide does, its whole
 * stylesheet included — showing one AppShell page with a 10-row table and a button, and
 * nothing else: no router, no data fetching, no i18n, no mock. What the console costs above
 * this is what its features cost.
 */
import '@mantine/core/styles.css';

import { AppShell, Button, Group, MantineProvider, Table, Text, Title } from '@mantine/core';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

const REGIONS = ['Hangzhou', 'Singapore', 'Frankfurt', 'Virginia', 'Beijing'];

const rows = Array.from({ length: 10 }, (_, index) => ({
  id: `res-${String(index + 1).padStart(4, '0')}`,
  region: REGIONS[index % REGIONS.length] ?? '',
  assets: 8 + index * 3,
  quota: 10 + index * 5,
}));

function FloorPage() {
  return (
    <AppShell header={{ height: 56 }} padding="md">
      <AppShell.Header>
        <Group h="100%" px="md">
          <Text fw={600}>Floor</Text>
        </Group>
      </AppShell.Header>
      <AppShell.Main>
        <Group justify="space-between" mb="md">
          <Title order={1}>Resources</Title>
          {/* blue.8: white text on it meets WCAG AA (the default shade does not) */}
          <Button color="blue.8">Buy</Button>
        </Group>
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Id</Table.Th>
              <Table.Th>Region</Table.Th>
              <Table.Th>Assets</Table.Th>
              <Table.Th>Quota</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.id}>
                <Table.Td>{row.id}</Table.Td>
                <Table.Td>{row.region}</Table.Td>
                <Table.Td>{row.assets}</Table.Td>
                <Table.Td>{row.quota}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </AppShell.Main>
    </AppShell>
  );
}

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
createRoot(container).render(
  <StrictMode>
    <MantineProvider>
      <FloorPage />
    </MantineProvider>
  </StrictMode>,
);
