import { Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AutoRenewControl } from './auto-renew-control';
import {
  AssetsCell,
  EditionCell,
  ExpiryCell,
  QuotaCell,
  StatusCell,
  TagsSummary,
} from './resource-cells';
import { regionNameId } from './region-name-id';
import { ResourceActions } from './resource-actions';
import type { ResourcesViewProps } from './resources-table';

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={4} component="div">
      <Text size="xs" c="dimmed" fw={600} component="dt">
        {label}
      </Text>
      <Stack gap={0} component="dd" m={0}>
        {children}
      </Stack>
    </Stack>
  );
}

/**
 * Phones (and narrow windows): one card per region, its details as label/value pairs and its
 * actions underneath — readable at 375 px without scrolling sideways.
 */
export function ResourcesCards({ items, catalog, onOpen, onReload }: ResourcesViewProps) {
  const { t } = useTranslation('purchased-resources');
  const { t: tc } = useTranslation();
  return (
    <Stack gap="md">
      {items.map((view) => {
        const sub = view.subscription;
        return (
          <Card key={sub.id} component="section" aria-labelledby={regionNameId(view)} p="md">
            <Stack gap="md">
              <Group justify="space-between" align="flex-start" wrap="nowrap">
                <Stack gap={2} style={{ minWidth: 0 }}>
                  <Title order={2} size="h3" id={regionNameId(view)}>
                    {tc(`regions.${sub.region}`)}
                  </Title>
                  <Text size="xs" c="dimmed" ff="monospace">
                    {sub.id}
                  </Text>
                </Stack>
                <StatusCell view={view} />
              </Group>
              <TagsSummary view={view} />
              <SimpleGrid cols={2} spacing="md" verticalSpacing="sm" component="dl" m={0}>
                <Field label={t('table.edition')}>
                  <EditionCell view={view} />
                </Field>
                <Field label={t('table.quota')}>
                  <QuotaCell view={view} />
                </Field>
                <Field label={t('table.assets')}>
                  <AssetsCell view={view} />
                </Field>
                <Field label={t('table.expiry')}>
                  <ExpiryCell view={view} />
                </Field>
              </SimpleGrid>
              <Stack component="dl" gap={0} m={0}>
                <Field label={t('table.autoRenew')}>
                  <AutoRenewControl view={view} catalog={catalog} onReload={onReload} />
                </Field>
              </Stack>
              <ResourceActions view={view} onOpen={onOpen} size="sm" />
            </Stack>
          </Card>
        );
      })}
    </Stack>
  );
}
