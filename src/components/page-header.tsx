import { Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export type PageHeaderProps = {
  title: ReactNode;
  description?: ReactNode;
  /** right-hand actions (Renew, Upgrade…) */
  actions?: ReactNode;
};

/** The page's one `h1`, with its actions in the upper-right corner; also the document title. */
export function PageHeader({ title, description, actions }: PageHeaderProps) {
  const { t } = useTranslation();
  return (
    <Group justify="space-between" align="flex-start" gap="md" mb="lg" wrap="wrap">
      {typeof title === 'string' && <title>{`${title} · ${t('app.name')}`}</title>}
      <Stack gap={4} style={{ flex: '1 1 16rem', minWidth: 0 }}>
        <Title order={1}>{title}</Title>
        {description && (
          <Text c="dimmed" size="sm" maw="46rem">
            {description}
          </Text>
        )}
      </Stack>
      {actions && (
        <Group gap="sm" wrap="wrap">
          {actions}
        </Group>
      )}
    </Group>
  );
}
