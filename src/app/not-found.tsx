import { Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from '@/components/page-header';
import { paths } from '@/config/paths';
import { useRegion } from '@/lib/region';

export function NotFoundPage() {
  const { t } = useTranslation();
  const [region] = useRegion();
  return (
    <>
      <PageHeader title={t('notFound.title')} />
      <Text mb="md">{t('notFound.body')}</Text>
      <Anchor component={Link} to={paths.overview.getHref(region)}>
        {t('notFound.home')}
      </Anchor>
    </>
  );
}
