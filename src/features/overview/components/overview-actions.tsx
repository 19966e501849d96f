import { Button, VisuallyHidden } from '@mantine/core';
import { IconArrowUpCircle, IconRefresh, IconShoppingCart } from '@tabler/icons-react';
import { lazy, Suspense, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import type { SubscriptionView } from '@/domain/contract';
import { formatNumber } from '@/lib/format';

const RenewBlockedTooltip = lazy(() => import('./renew-blocked-tooltip'));

/**
 * The page header's actions, from what the API allows (`actions`), never decided here:
 * Renew (R5); Upgrade only while `upgradeRequired` (R7); Buy for Basic or a released
 * subscription (R4). While an upgrade is required, renewal is refused: Renew stays in
 * its place, unavailable, and says why (on hover, on focus, and to screen readers).
 */
export function OverviewActions({ view }: { view: SubscriptionView }) {
  const { t, i18n } = useTranslation('overview');
  const reasonId = useId();
  const sub = view.subscription;
  const urgent = view.status === 'expiring' || view.status === 'expired';
  const renewBlocked = !view.actions.renew && view.upgradeRequired;
  const reason =
    renewBlocked &&
    t('actions.renewBlocked', {
      assets: formatNumber(view.billableAssets.total, i18n.language),
      threshold: formatNumber(view.upgradeThresholdAssets ?? 0, i18n.language),
    });

  const blockedRenew = (
    <Button
      variant="default"
      data-disabled
      aria-disabled
      aria-describedby={reasonId}
      leftSection={<IconRefresh size={16} aria-hidden />}
      onClick={(event) => event.preventDefault()}
    >
      {t('actions.renew')}
    </Button>
  );

  return (
    <>
      {view.actions.renew && (
        <Button
          component={Link}
          to={paths.renew.getHref(sub.id, sub.region)}
          variant={urgent ? 'filled' : 'default'}
          leftSection={<IconRefresh size={16} aria-hidden />}
        >
          {t('actions.renew')}
        </Button>
      )}
      {renewBlocked && (
        <>
          {/* the reason on hover and focus comes with its chunk; it is in the text below at once */}
          <Suspense fallback={blockedRenew}>
            <RenewBlockedTooltip label={reason || ''}>{blockedRenew}</RenewBlockedTooltip>
          </Suspense>
          <VisuallyHidden id={reasonId}>{reason}</VisuallyHidden>
        </>
      )}
      {view.upgradeRequired && (
        <Button
          component={Link}
          to={paths.upgrade.getHref(sub.id, { method: 'quota', region: sub.region })}
          color="red.8"
          leftSection={<IconArrowUpCircle size={16} aria-hidden />}
        >
          {t('actions.upgrade')}
        </Button>
      )}
      {view.actions.buy && (
        <Button
          component={Link}
          to={paths.upgrade.getHref(sub.id, { method: 'edition', region: sub.region })}
          leftSection={<IconShoppingCart size={16} aria-hidden />}
        >
          {t('actions.buy')}
        </Button>
      )}
    </>
  );
}
