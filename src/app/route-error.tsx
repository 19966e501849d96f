import { Anchor, Box, Container, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, Link, useRevalidator, useRouteError } from 'react-router';
import { ErrorFallback } from '@/components/error-fallback';
import { PageHeader } from '@/components/page-header';
import { paths } from '@/config/paths';
import { isApiError } from '@/lib/api-client';
import { NotFoundPage } from './not-found';

/**
 * The error boundary of every route: a friendly message and Retry. An API error is
 * retried by re-running the route's loader (the page renders again once it passes);
 * anything else — a failed code download after a new deploy — by reloading.
 * `standalone`: the shell itself failed, so this renders without it.
 */
export function RouteError({ standalone = false }: { standalone?: boolean }) {
  const { t } = useTranslation();
  const error = useRouteError();
  const revalidator = useRevalidator();

  if (isRouteErrorResponse(error) && error.status === 404 && !standalone) return <NotFoundPage />;

  const retry = () => {
    if (isApiError(error)) void revalidator.revalidate();
    else window.location.reload();
  };

  const content = (
    <Stack gap="md" maw={720}>
      <PageHeader title={t('routeError.title')} description={t('routeError.body')} />
      <ErrorFallback error={error} onRetry={retry} retrying={revalidator.state === 'loading'} />
      <Anchor component={Link} to={paths.overview.path} size="sm">
        {t('actions.goToOverview')}
      </Anchor>
    </Stack>
  );

  return standalone ? (
    <Container component="main" size="md" py="xl">
      {content}
    </Container>
  ) : (
    <Box>{content}</Box>
  );
}
