import { Badge, Skeleton } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { EditionBadge } from '@/components/edition-badge';
import { overviewQueryOptions } from '@/features/overview/api/get-overview';
import { useRegion } from '@/lib/region';
import classes from '../shell.module.css';

/**
 * R15: the edition the selected region is served as, in the upper right — Basic once
 * a subscription is released. Refreshes with the overview after every purchase.
 */
export function EditionIndicator() {
  const { t } = useTranslation();
  const [region] = useRegion();
  const overview = useQuery(overviewQueryOptions(region));

  if (overview.data) {
    const edition = overview.data.effectiveEdition;
    return (
      <EditionBadge
        edition={edition}
        role="status"
        aria-label={t('shell.edition', { edition: t(`editions.${edition}`) })}
        size="lg"
        classNames={{ root: classes.editionBadge, section: classes.editionIcon }}
        style={{ flex: 'none' }}
      />
    );
  }
  if (overview.isPending) {
    return (
      <Skeleton
        height={26}
        width={96}
        radius="sm"
        role="status"
        aria-label={t('shell.editionLoading')}
      />
    );
  }
  return (
    <Badge
      variant="outline"
      color="gray"
      size="lg"
      role="status"
      aria-label={t('shell.editionUnknown')}
      style={{ flex: 'none' }}
    >
      —
    </Badge>
  );
}
