import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/components/page-header';
import { PagePlaceholder } from '@/components/page-placeholder';

/** SPEC §3 `/purchased-resources` — not built yet: the page says so and lists what it will show. */
export function PurchasedResourcesPage() {
  const { t } = useTranslation('placeholders');
  return (
    <>
      <PageHeader title={t('purchasedResources.title')} />
      <PagePlaceholder planned={t('purchasedResources.planned', { returnObjects: true })} />
    </>
  );
}
