import { Table, type TableProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Money } from '@/components/money';
import type { LineItem } from '@/domain/contract';
import { lineItemText } from './line-item';

export type LineItemsTableProps = {
  /** every line of a quote or an order, in the API's order: a refund has one per paid order (R18) */
  items: LineItem[];
  /** the table's accessible name */
  label: string;
  /** the column headings; none for a short list under a heading of its own */
  columns?: { item: string; amount: string };
  /** amounts as money out of the customer's pocket (a refund's negative lines as what comes back) */
  absolute?: boolean;
  verticalSpacing?: TableProps['verticalSpacing'];
};

const AMOUNT = { whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' } as const;

/**
 * The line items of a quote or an order, worded in the UI language from their `key` and
 * `params` (the API's English description where the console has no words of its own), one
 * row each, with the amount at the right. Quote, result, receipt and refund all show it.
 */
export function LineItemsTable({
  items,
  label,
  columns,
  absolute = false,
  verticalSpacing = 'xs',
}: LineItemsTableProps) {
  const { t, i18n } = useTranslation('purchase');
  const { t: tc } = useTranslation();
  return (
    <Table verticalSpacing={verticalSpacing} aria-label={label}>
      {columns && (
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{columns.item}</Table.Th>
            <Table.Th scope="col" ta="right">
              {columns.amount}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
      )}
      <Table.Tbody>
        {items.map((item, index) => (
          <Table.Tr key={index}>
            <Table.Td>{lineItemText(item, t, tc, i18n.language)}</Table.Td>
            <Table.Td ta="right" style={AMOUNT}>
              <Money cents={absolute ? Math.abs(item.amount) : item.amount} />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
