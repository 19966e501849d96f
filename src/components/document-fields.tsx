import { Badge, type BadgeProps, Divider, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Money } from './money';
import classes from './document-fields.module.css';

/**
 * The parts a printable document (a receipt, a quote) is made of: the head (the console's name,
 * the document's title, its status), its facts as a description list, and the total.
 */
export function DocumentHead({
  title,
  status,
  statusColor,
}: {
  title: ReactNode;
  status: string;
  statusColor: BadgeProps['color'];
}) {
  const { t } = useTranslation();
  return (
    <Group justify="space-between" align="flex-start" gap="sm">
      <Stack gap={2}>
        <Text fw={700} size="lg">
          {t('app.name')}
        </Text>
        {title}
      </Stack>
      <Badge color={statusColor} variant="light" size="lg" style={{ flexShrink: 0 }}>
        {status}
      </Badge>
    </Group>
  );
}

/** A document's facts as a description list, two columns from xs up. */
export function DocumentFields({ children }: { children: ReactNode }) {
  return (
    <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md" verticalSpacing="sm" component="dl" m={0}>
      {children}
    </SimpleGrid>
  );
}

/** One fact of a document: its label and its value; `mono` for an id, read character by character. */
export function DocumentField({
  label,
  mono,
  children,
}: {
  label: string;
  mono?: boolean;
  children: ReactNode;
}) {
  return (
    <div>
      <Text component="dt" size="xs" c="dimmed" fw={600}>
        {label}
      </Text>
      <Text component="dd" size="sm" m={0} mt={2} ff={mono ? 'monospace' : undefined}>
        {children}
      </Text>
    </div>
  );
}

/** The document's total, under a rule: its label and the amount. */
export function DocumentTotal({
  label,
  cents,
  testId,
}: {
  label: string;
  cents: number;
  testId?: string;
}) {
  return (
    <>
      <Divider />
      <Group justify="space-between" align="baseline">
        <Text fw={600}>{label}</Text>
        <Text fw={700} fz="xl" className={classes.amount} data-testid={testId}>
          <Money cents={cents} />
        </Text>
      </Group>
    </>
  );
}
