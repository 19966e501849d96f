import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/components/page-header';
import { PagePlaceholder } from '@/components/page-placeholder';

/** SPEC §3 `/messages` — not built yet: the page says so and lists what it will show. */
export function MessagesPage() {
  const { t } = useTranslation('placeholders');
  return (
    <>
      <PageHeader title={t('messages.title')} />
      <PagePlaceholder planned={t('messages.planned', { returnObjects: true })} />
    </>
  );
}
