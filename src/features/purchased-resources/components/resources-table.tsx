import { Stack, Table, VisuallyHidden } from '@mantine/core';
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

const COLUMNS = 7;
const border = '1px solid var(--table-border-color)';

/**
 * Wider screens: a table with one group of rows per region — its details on the first row and
 * its actions on a second row under them, with the room to show every action at once.
 */
export function ResourcesTable({ items, catalog, onOpen, onReload }: ResourcesViewProps) {
  const { t } = useTranslation('purchased-resources');
  return (
    <Table.ScrollContainer minWidth={900} type="native">
      <Table
        verticalSpacing="sm"
        horizontalSpacing="sm"
        withRowBorders={false}
        aria-label={t('table.label')}
      >
        <Table.Thead>
          <Table.Tr style={{ borderBottom: border }}>
            <Table.Th scope="col">{t('table.region')}</Table.Th>
            <Table.Th scope="col" miw={130}>
              {t('table.edition')}
            </Table.Th>
            <Table.Th scope="col">{t('table.quota')}</Table.Th>
            <Table.Th scope="col">{t('table.assets')}</Table.Th>
            <Table.Th scope="col">{t('table.expiry')}</Table.Th>
            <Table.Th scope="col" miw={100}>
              {t('table.status')}
            </Table.Th>
            <Table.Th scope="col" w={230}>
              {t('table.autoRenew')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        {items.map((view) => (
          <Table.Tbody key={view.subscription.id} style={{ borderBottom: border }}>
            <Table.Tr style={{ verticalAlign: 'top' }}>
              <Table.Th scope="row" fw="normal" pt="md">
                <Stack gap={6}>
                  <RegionName view={view} />
                  <TagsSummary view={view} />
                </Stack>
              </Table.Th>
              <Table.Td pt="md">
                <EditionCell view={view} />
              </Table.Td>
              <Table.Td pt="md">
                <QuotaCell view={view} />
              </Table.Td>
              <Table.Td pt="md">
                <AssetsCell view={view} />
              </Table.Td>
              <Table.Td pt="md">
                <ExpiryCell view={view} />
              </Table.Td>
              <Table.Td pt="md">
                <StatusCell view={view} />
              </Table.Td>
              <Table.Td pt="md">
                <AutoRenewControl view={view} catalog={catalog} onReload={onReload} />
              </Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Td colSpan={COLUMNS} pt={0} pb="md">
                <VisuallyHidden>{t('table.actions')}</VisuallyHidden>
                <ResourceActions view={view} onOpen={onOpen} />
              </Table.Td>
            </Table.Tr>
          </Table.Tbody>
        ))}
      </Table>
    </Table.ScrollContainer>
  );
}
