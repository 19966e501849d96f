import { Button, Group, Select } from '@mantine/core';
import { IconFilterOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { REGIONS } from '@/domain/contract';
import { ORDER_KINDS, type OrderFilters } from './order-kind';

const ALL = 'all';

export type OrdersFiltersProps = {
  filters: OrderFilters;
  onChange: (filters: OrderFilters) => void;
};

/** Filter by type and by region; the page keeps the choice in the URL. */
export function OrdersFilters({ filters, onChange }: OrdersFiltersProps) {
  const { t } = useTranslation('orders');
  const { t: tc } = useTranslation();
  const filtered = filters.kind !== null || filters.region !== null;
  return (
    <Group gap="sm" align="flex-end" wrap="wrap">
      <Select
        label={t('filters.type')}
        data={[
          { value: ALL, label: t('filters.allTypes') },
          ...ORDER_KINDS.map((kind) => ({ value: kind, label: t(`types.${kind}`) })),
        ]}
        value={filters.kind ?? ALL}
        onChange={(value) => onChange({ ...filters, kind: value && value !== ALL ? value : null })}
        allowDeselect={false}
        w={{ base: '100%', xs: 220 }}
      />
      <Select
        label={t('filters.region')}
        data={[
          { value: ALL, label: t('filters.allRegions') },
          ...REGIONS.map((region) => ({ value: region.id, label: tc(`regions.${region.id}`) })),
        ]}
        value={filters.region ?? ALL}
        onChange={(value) =>
          onChange({ ...filters, region: value && value !== ALL ? value : null })
        }
        allowDeselect={false}
        w={{ base: '100%', xs: 220 }}
      />
      {filtered && (
        <Button
          variant="subtle"
          leftSection={<IconFilterOff size={16} aria-hidden />}
          onClick={() => onChange({ kind: null, region: null })}
        >
          {t('filters.clear')}
        </Button>
      )}
    </Group>
  );
}
