import { NativeSelect } from '@mantine/core';
import { IconWorld } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { REGIONS } from '@/domain/catalog';
import { parseRegion, useRegion } from '@/lib/region';

/**
 * SPEC §1: the region selector; the choice lives in `?region=` and survives a reload. A native
 * select: the phone's own picker, the keyboard and screen readers as the browser serves them,
 * and no custom list's code on the first page.
 */
export function RegionSelect({ className }: { className?: string }) {
  const { t } = useTranslation();
  const [region, setRegion] = useRegion();
  return (
    <NativeSelect
      className={className}
      aria-label={t('shell.region')}
      data={REGIONS.map(({ id }) => ({ value: id, label: t(`regions.${id}`) }))}
      value={region}
      onChange={(event) => setRegion(parseRegion(event.currentTarget.value))}
      leftSection={<IconWorld size={16} aria-hidden />}
      size="sm"
    />
  );
}
