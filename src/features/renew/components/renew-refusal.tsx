import { Button } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { purchaseErrorMessage } from '@/components/purchase/purchase-error';
import { RefusalPanel } from '@/components/purchase/refusal-panel';
import { paths } from '@/config/paths';
import type { SubscriptionView } from '@/domain/contract';
import type { ApiError } from '@/lib/api-client';

/**
 * What the API refused (R4, R5, R7), shown as the way forward: upgrade first, buy a new
 * subscription, or why there is nothing to renew.
 */
export function RenewRefusal({
  error,
  view,
  thresholdPercent,
}: {
  error: ApiError;
  view: SubscriptionView;
  thresholdPercent: number;
}) {
  const { t } = useTranslation('renew');
  const { t: tp } = useTranslation('purchase');
  const sub = view.subscription;
  const link = (method: 'quota' | 'edition', text: string) => (
    <Button component={Link} to={paths.upgrade.getHref(sub.id, { method, region: sub.region })}>
      {text}
    </Button>
  );

  let title: string;
  let action: ReactNode = null;
  if (error.code === 'UPGRADE_REQUIRED') {
    title = t('refusal.upgradeRequired');
    action = link('quota', tp('actions.upgrade'));
  } else if (error.code === 'SUBSCRIPTION_RELEASED') {
    title = t('refusal.released');
    action = link('edition', tp('actions.buy'));
  } else if (error.code === 'NOT_FOUND') {
    title = t('refusal.notFound');
  } else {
    title = t('refusal.notRenewable');
    // Basic: nothing to renew, a purchase is what the API offers
    if (view.actions.buy) action = link('edition', tp('actions.buy'));
  }

  return (
    <RefusalPanel
      title={title}
      message={purchaseErrorMessage(error, tp, { thresholdPercent })}
      action={action}
      region={sub.region}
    />
  );
}
