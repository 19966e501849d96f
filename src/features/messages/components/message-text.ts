import type { TFunction } from 'i18next';
import type { Message, RegionId } from '@/domain/contract';
import { REGIONS } from '@/domain/contract';
import { formatDate, formatMoney } from '@/lib/format';

type Text = { title: string; body: string };
type Params = NonNullable<Message['params']>;

const num = (params: Params | undefined, name: string): number | undefined => {
  const value = params?.[name];
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
};
const str = (params: Params | undefined, name: string): string | undefined => {
  const value = params?.[name];
  return typeof value === 'string' && value !== '' ? value : undefined;
};
const instant = (params: Params | undefined, name: string): string | undefined => {
  const value = str(params, name);
  return value !== undefined && !Number.isNaN(Date.parse(value)) ? value : undefined;
};
const isRegion = (value: string | undefined): value is RegionId =>
  REGIONS.some((region) => region.id === value);

/**
 * A message worded in the UI language from its `kind` and `params` (SPEC §1 Messages);
 * where a value it needs is missing, the API's own (English) title and body.
 */
type RequestOrderType = 'renew' | 'upgrade' | 'value-added-pack';
const isRequestOrderType = (value: string | undefined): value is RequestOrderType =>
  value === 'renew' || value === 'upgrade' || value === 'value-added-pack';

/** Why a purchase request expired, in customer words (issue 24: as the Requests list words it). */
export type ExpiryWords = (reason: { code: string; message: string }) => string;

export function messageText(
  message: Message,
  t: TFunction<'messages'>,
  regionName: (region: RegionId) => string,
  lng: string,
  expiryWords?: ExpiryWords,
): Text {
  const fallback: Text = { title: message.title, body: message.body };
  const { params } = message;
  const region = isRegion(message.region) ? regionName(message.region) : undefined;

  switch (message.kind) {
    case 'renewal-reminder': {
      const daysLeft = num(params, 'daysLeft');
      const expiresAt = instant(params, 'expiresAt');
      if (region === undefined || daysLeft === undefined || expiresAt === undefined)
        return fallback;
      return {
        title: t('text.renewalReminder.title', { region, count: daysLeft }),
        body: t('text.renewalReminder.body', { date: formatDate(expiresAt, lng) }),
      };
    }
    case 'upgrade-required': {
      const assets = num(params, 'assets');
      const quota = num(params, 'quota');
      if (region === undefined || assets === undefined || quota === undefined) return fallback;
      return {
        title: t('text.upgradeRequired.title', { region }),
        body: t('text.upgradeRequired.body', { assets, quota }),
      };
    }
    case 'expired': {
      const retentionEndsAt = instant(params, 'retentionEndsAt');
      if (region === undefined || retentionEndsAt === undefined) return fallback;
      return {
        title: t('text.expired.title', { region }),
        body: t('text.expired.body', { date: formatDate(retentionEndsAt, lng) }),
      };
    }
    case 'data-removed':
      if (region === undefined) return fallback;
      return {
        title: t('text.dataRemoved.title', { region }),
        body: t('text.dataRemoved.body'),
      };
    case 'payment-succeeded': {
      const orderId = str(params, 'orderId');
      const orderType = str(params, 'orderType');
      const amount = num(params, 'amount');
      if (orderId === undefined || orderType === undefined || amount === undefined) return fallback;
      if (orderType === 'unsubscribe') {
        if (region === undefined) return fallback;
        return {
          title: t('text.unsubscribed.title', { region }),
          body: t('text.unsubscribed.body', { orderId, amount: formatMoney(-amount, lng) }),
        };
      }
      if (!['renew', 'upgrade', 'value-added-pack'].includes(orderType)) return fallback;
      return {
        title: t('text.paymentSucceeded.title', { orderId }),
        body: t('text.paymentSucceeded.body', {
          orderId,
          type: t(`orderTypes.${orderType as 'renew' | 'upgrade' | 'value-added-pack'}`),
          amount: formatMoney(amount, lng),
        }),
      };
    }
    case 'purchase-request': {
      const requestId = str(params, 'requestId');
      const orderType = str(params, 'orderType');
      const who = str(params, 'requestedBy');
      const amount = num(params, 'amount');
      if (!requestId || !who || amount === undefined) return fallback;
      if (!['renew', 'upgrade', 'value-added-pack'].includes(orderType ?? '')) return fallback;
      const type = orderType as 'renew' | 'upgrade' | 'value-added-pack';
      return {
        title: t('text.purchaseRequest.title', { requestId, who }),
        body: t('text.purchaseRequest.body', {
          who,
          what: `${t(`orderTypes.${type}`)}${region ? ` · ${region}` : ''}`,
          amount: formatMoney(amount, lng),
        }),
      };
    }
    case 'purchase-request-paid': {
      const requestId = str(params, 'requestId');
      const orderId = str(params, 'orderId');
      const orderType = str(params, 'orderType');
      if (!requestId || !orderId || !isRequestOrderType(orderType)) return fallback;
      return {
        title: t('text.purchaseRequestPaid.title', { requestId }),
        body: t('text.purchaseRequestPaid.body', {
          orderId,
          what: `${t(`orderTypes.${orderType}`)}${region ? ` · ${region}` : ''}`,
        }),
      };
    }
    case 'purchase-request-declined': {
      const requestId = str(params, 'requestId');
      const who = str(params, 'declinedBy');
      const reason = str(params, 'reason');
      if (!requestId || !who || !reason) return fallback;
      return {
        title: t('text.purchaseRequestDeclined.title', { requestId }),
        body: t('text.purchaseRequestDeclined.body', { who, reason }),
      };
    }
    case 'purchase-request-expired': {
      const requestId = str(params, 'requestId');
      const code = str(params, 'reasonCode');
      const reason = str(params, 'reason');
      if (!requestId || !code || !reason || !expiryWords) return fallback;
      return {
        title: t('text.purchaseRequestExpired.title', { requestId }),
        body: t('text.purchaseRequestExpired.body', {
          reason: expiryWords({ code, message: reason }),
        }),
      };
    }
    case 'demo-data-reset':
      return { title: t('text.demoReset.title'), body: t('text.demoReset.body') };
    default:
      return fallback;
  }
}
