import { SimpleGrid, Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** A printable document's facts (a receipt, a quote) as a description list, two columns from xs up. */
export function DocumentFields({ children }: { children: ReactNode }) {
  return (
    <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md" verticalSpacing="sm" component="dl" m={0}>
      {children}
    </SimpleGrid>
  );
}

/** One fact of a document: its label and its value. */
export function DocumentField({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text component="dt" size="xs" c="dimmed" fw={600}>
        {label}
      </Text>
      <Text component="dd" size="sm" m={0} mt={2}>
        {children}
      </Text>
    </div>
  );
}
