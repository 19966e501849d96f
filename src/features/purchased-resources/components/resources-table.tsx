import { Stack, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Catalog, SubscriptionView } from '@/domain/contract';
import { AutoRenewControl } from './auto-renew-control';
import {
  AssetsCell,
  EditionCell,
  ExpiryCell,
  QuotaCell,
  RegionName,
  StatusCell,
  TagsSummary,
} from './resource-cells';
import { ResourceActions, type DialogKind } from './resource-actions';

export type ResourcesViewProps = {
  items: SubscriptionView[];
  catalog: Catalog;
  onOpen: (kind: DialogKind, view: SubscriptionView) => void;
  onReload: () => Promise<unknown>;
};

/** Wider screens: one table row per region, its actions at the end of the row. */
export function ResourcesTable({ items, catalog, onOpen, onReload }: ResourcesViewProps) {
  const { t } = useTranslation('purchased-resources');
  return (
    <Table.ScrollContainer minWidth={1040} type="native">
      <Table verticalSpacing="md" horizontalSpacing="sm" aria-label={t('table.label')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('table.region')}</Table.Th>
            <Table.Th scope="col">{t('table.edition')}</Table.Th>
            <Table.Th scope="col">{t('table.quota')}</Table.Th>
            <Table.Th scope="col">{t('table.assets')}</Table.Th>
            <Table.Th scope="col">{t('table.expiry')}</Table.Th>
            <Table.Th scope="col">{t('table.status')}</Table.Th>
            <Table.Th scope="col">{t('table.autoRenew')}</Table.Th>
            <Table.Th scope="col">{t('table.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((view) => (
            <Table.Tr key={view.subscription.id} style={{ verticalAlign: 'top' }}>
              <Table.Th scope="row" fw="normal" miw={150}>
                <Stack gap={6}>
                  <RegionName view={view} />
                  <TagsSummary view={view} />
                </Stack>
              </Table.Th>
              <Table.Td>
                <EditionCell view={view} />
              </Table.Td>
              <Table.Td>
                <QuotaCell view={view} />
              </Table.Td>
              <Table.Td>
                <AssetsCell view={view} />
              </Table.Td>
              <Table.Td>
                <ExpiryCell view={view} />
              </Table.Td>
              <Table.Td>
                <StatusCell view={view} />
              </Table.Td>
              <Table.Td>
                <AutoRenewControl view={view} catalog={catalog} onReload={onReload} />
              </Table.Td>
              <Table.Td maw={300}>
                <ResourceActions view={view} onOpen={onOpen} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
