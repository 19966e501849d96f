import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/components/page-header';
import { PagePlaceholder } from '@/components/page-placeholder';

/** SPEC §3 `/overview` — not built yet: the page says so and lists what it will show. */
export function OverviewPage() {
  const { t } = useTranslation('placeholders');
  return (
    <>
      <PageHeader title={t('overview.title')} />
      <PagePlaceholder planned={t('overview.planned', { returnObjects: true })} />
    </>
  );
}
