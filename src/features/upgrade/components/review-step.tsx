import { useTranslation } from 'react-i18next';
import { EditionBadge } from '@/components/edition-badge';
import { DetailsTable, type DetailRow } from '@/components/purchase/details-table';
import { validityText } from '@/components/purchase/line-item';
import type { Quote, SubscriptionView } from '@/domain/contract';
import { formatDate } from '@/lib/format';
import { filledTags, isNewPurchase, type UpgradeForm } from './upgrade-form';

/** The order summary of the review step: what changes, from → to. */
export function UpgradeSummary({
  view,
  form,
  quote,
}: {
  view: SubscriptionView;
  form: UpgradeForm;
  quote: Quote | undefined;
}) {
  const { t, i18n } = useTranslation('upgrade');
  const { t: tp } = useTranslation('purchase');
  const { t: tc } = useTranslation();
  const sub = view.subscription;
  const buy = isNewPurchase(view);
  const payPerUse = buy && form.billingMode === 'pay-per-use';
  const edition = buy || form.method === 'edition' ? form.edition : sub.edition;
  const fromTo = (from: string, to: string) =>
    from === to ? t('review.unchanged', { value: to }) : t('review.fromTo', { from, to });
  const tags = filledTags(form.tags);

  const rows: DetailRow[] = [
    {
      key: 'method',
      label: t('review.method'),
      value: buy ? t('review.newPurchase') : t(`method.${form.method}`),
    },
    { key: 'region', label: tp('details.region'), value: tc(`regions.${sub.region}`) },
    {
      key: 'edition',
      label: tp('details.edition'),
      value:
        buy || edition === sub.edition
          ? edition && <EditionBadge edition={edition} />
          : fromTo(tc(`editions.${sub.edition}`), edition ? tc(`editions.${edition}`) : '—'),
    },
  ];
  if (buy) {
    rows.push({
      key: 'billing',
      label: tp('details.billingMode'),
      value: tp(`billingModes.${form.billingMode}`),
    });
  }
  rows.push({
    key: 'quota',
    label: tp('details.quota'),
    value: payPerUse
      ? tp('details.noQuota')
      : buy
        ? tp('details.assets', { count: Number(form.quota) })
        : fromTo(String(sub.quota ?? 0), String(form.quota)),
  });
  if (buy && !payPerUse) {
    rows.push({
      key: 'validity',
      label: tp('details.validity'),
      value: validityText(form.validity, tp),
    });
  }
  const newExpiry = buy ? (quote?.newExpiresAt ?? null) : sub.expiresAt;
  rows.push({
    key: 'expiry',
    label: tp('details.expiresAt'),
    value: newExpiry
      ? buy
        ? formatDate(newExpiry, i18n.language)
        : t('review.unchanged', { value: formatDate(newExpiry, i18n.language) })
      : payPerUse
        ? tp('details.noExpiry')
        : '—',
  });
  rows.push({
    key: 'tags',
    label: tp('details.tags'),
    value:
      tags.length === 0
        ? tp('details.noTags')
        : tags.map((tag) => (tag.value ? `${tag.key}: ${tag.value}` : tag.key)).join(', '),
  });

  return <DetailsTable rows={rows} label={t('review.summary')} />;
}
