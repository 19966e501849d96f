import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { PURCHASE_REQUESTS } from '@/domain/catalog';
import type { PurchaseRequest } from '@/domain/contract';
import { ApiError } from '@/lib/api-client';
import { useErrorMessage } from '@/lib/error-message';
import { validityText } from './line-item';

/** Issue 24: what a purchase request asks for, in one line of the UI language. */
export function useRequestWhat(): (request: Pick<PurchaseRequest, 'order' | 'region'>) => string {
  const { t } = useTranslation('requests');
  const { t: tp } = useTranslation('purchase');
  const { t: tc } = useTranslation();
  return useCallback(
    ({ order, region: id }) => {
      const region = tc(`regions.${id}`);
      switch (order.type) {
        case 'renew':
          return t('what.renew', { region, validity: validityText(order.validity, tp) });
        case 'value-added-pack':
          return t('what.pack', {
            region,
            pack: tp(`packs.${order.pack as 'log-storage-100gb'}`, { defaultValue: order.pack }),
            quantity: order.quantity,
          });
        case 'upgrade': {
          if (order.method === 'quota' || order.edition === undefined)
            return t('what.upgradeQuota', { region, quota: order.quota ?? 0 });
          const edition = tc(`editions.${order.edition}`);
          return order.quota === undefined
            ? t('what.upgradeEdition', { region, edition })
            : t('what.upgradeEditionQuota', { region, edition, quota: order.quota });
        }
      }
    },
    [t, tp, tc],
  );
}

/**
 * Issue 24: why a request expired, in words a customer understands: its age, or the refusal an
 * order with its choices would get today (the code, worded as the console words that error).
 */
export function useExpiryWords(): (reason: { code: string; message: string }) => string {
  const { t } = useTranslation('requests');
  const errorMessage = useErrorMessage();
  return useCallback(
    ({ code, message }) =>
      code === 'REQUEST_TOO_OLD'
        ? t('expiry.REQUEST_TOO_OLD', { days: PURCHASE_REQUESTS.maxAgeDays })
        : errorMessage(new ApiError({ status: 409, code, message })),
    [t, errorMessage],
  );
}
