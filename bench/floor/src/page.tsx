import { AppShell, Button, Group, Table, Text, Title } from '@mantine/core';

export type Row = { id: string; region: string; assets: number; quota: number };

const REGIONS = ['Hangzhou', 'Singapore', 'Frankfurt', 'Virginia', 'Beijing'];

export const ROWS: Row[] = Array.from({ length: 10 }, (_, index) => ({
  id: `res-${String(index + 1).padStart(4, '0')}`,
  region: REGIONS[index % REGIONS.length] ?? '',
  assets: 8 + index * 3,
  quota: 10 + index * 5,
}));

export const ENGLISH = {
  product: 'Floor',
  title: 'Resources',
  buy: 'Buy',
  columns: { id: 'Id', region: 'Region', assets: 'Assets', quota: 'Quota' },
};

/**
 * The floor's one page: an AppShell with a title, a button and a 10-row table (the stack floor,
 * bench/stack-floor, shows the same page with its text from i18next and its rows from the mock).
 */
export function ResourcesPage({ text, rows }: { text: typeof ENGLISH; rows: Row[] | undefined }) {
  return (
    <AppShell header={{ height: 56 }} padding="md">
      <AppShell.Header>
        <Group h="100%" px="md">
          <Text fw={600}>{text.product}</Text>
        </Group>
      </AppShell.Header>
      <AppShell.Main>
        <Group justify="space-between" mb="md">
          <Title order={1}>{text.title}</Title>
          {/* blue.8: white text on it meets WCAG AA (the default shade does not) */}
          <Button color="blue.8">{text.buy}</Button>
        </Group>
        {rows && (
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{text.columns.id}</Table.Th>
                <Table.Th>{text.columns.region}</Table.Th>
                <Table.Th>{text.columns.assets}</Table.Th>
                <Table.Th>{text.columns.quota}</Table.Th>
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
        )}
      </AppShell.Main>
    </AppShell>
  );
}
