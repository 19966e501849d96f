import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/components/page-header';
import { PagePlaceholder } from '@/components/page-placeholder';

/** SPEC §3 `/orders` — not built yet: the page says so and lists what it will show. */
export function OrdersPage() {
  const { t } = useTranslation('placeholders');
  return (
    <>
      <PageHeader title={t('orders.title')} />
      <PagePlaceholder planned={t('orders.planned', { returnObjects: true })} />
    </>
  );
}
