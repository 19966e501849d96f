import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { PageHeader } from '@/components/page-header';
import { PagePlaceholder } from '@/components/page-placeholder';

/** SPEC §3 `/upgrade/:subscriptionId` — not built yet: the page says so and lists what it will show. */
export function UpgradePage() {
  const { t } = useTranslation('placeholders');
  const { subscriptionId = '' } = useParams();
  return (
    <>
      <PageHeader
        title={t('upgrade.title')}
        description={t('subscription', { id: subscriptionId })}
      />
      <PagePlaceholder planned={t('upgrade.planned', { returnObjects: true })} />
    </>
  );
}
