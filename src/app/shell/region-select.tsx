import { Select } from '@mantine/core';
import { IconWorld } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { REGIONS } from '@/domain/contract';
import { useRegion } from '@/lib/region';

/** SPEC §1: the region selector; the choice lives in `?region=` and survives a reload. */
export function RegionSelect({ className }: { className?: string }) {
  const { t } = useTranslation();
  const [region, setRegion] = useRegion();
  return (
    <Select
      className={className}
      aria-label={t('shell.region')}
      data={REGIONS.map(({ id }) => ({ value: id, label: t(`regions.${id}`) }))}
      value={region}
      onChange={(value) => {
        if (value) setRegion(value);
      }}
      allowDeselect={false}
      checkIconPosition="right"
      leftSection={<IconWorld size={16} aria-hidden />}
      // the list is made when it opens, not hidden in the page (Mantine keeps it mounted by
      // default): placing it costs the first page a forced style recalculation on a phone
      comboboxProps={{ shadow: 'md', keepMounted: false }}
      size="sm"
    />
  );
}
