import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { purchaseErrorMessage } from '@/components/purchase/purchase-error';
import { RefusalPanel } from '@/components/purchase/refusal-panel';
import { paths } from '@/config/paths';
import type { SubscriptionView } from '@/domain/contract';
import type { ApiError } from '@/lib/api-client';

/**
 * What the API refused up front (expired: renew first; pay-per-use: nothing to upgrade), or a
 * subscription with nothing left to upgrade — shown with the way forward.
 */
export function UpgradeRefusal({ error, view }: { error?: ApiError; view: SubscriptionView }) {
  const { t } = useTranslation('upgrade');
  const { t: tp } = useTranslation('purchase');
  const sub = view.subscription;
  const title = !error
    ? t('refusal.nothing')
    : error.code === 'NOT_FOUND'
      ? t('refusal.notFound')
      : t('refusal.title');
  // expired: renewing comes first, where the API allows it
  const renewFirst = view.actions.renew && error?.code === 'NOT_UPGRADABLE';
  return (
    <RefusalPanel
      title={title}
      message={error ? purchaseErrorMessage(error, tp) : t('refusal.nothingBody')}
      action={
        renewFirst && (
          <Button component={Link} to={paths.renew.getHref(sub.id, sub.region)}>
            {tp('actions.renew')}
          </Button>
        )
      }
      region={sub.region}
    />
  );
}
