import { Table } from '@mantine/core';
import type { ReactNode } from 'react';

export type DetailRow = { label: ReactNode; value: ReactNode; key?: string };

/** Label / value rows (order details, current configuration, review). */
export function DetailsTable({ rows, label }: { rows: DetailRow[]; label?: string }) {
  return (
    <Table variant="vertical" withTableBorder verticalSpacing="sm" aria-label={label}>
      <Table.Tbody>
        {rows.map((row, index) => (
          <Table.Tr key={row.key ?? index}>
            <Table.Th w="36%" scope="row">
              {row.label}
            </Table.Th>
            <Table.Td>{row.value}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
