import { Alert, Skeleton, Stack, Text, VisuallyHidden } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/lib/api-client';
import { ErrorFallback } from './error-fallback';

export type QueryStateProps<T> = {
  query: Pick<
    UseQueryResult<T>,
    'data' | 'error' | 'isPending' | 'isError' | 'refetch' | 'isRefetching'
  >;
  children: (data: T) => ReactNode;
  /** when true the `empty` node is shown instead of the children */
  isEmpty?: (data: T) => boolean;
  empty?: ReactNode;
  /** the loading placeholder; a few skeleton lines by default */
  loading?: ReactNode;
  /** what a 404 NOT_FOUND says (a document opened from an old link): no Retry, it will not appear */
  notFound?: { title: string; body: string };
};

/** Loading skeleton, not found, error with Retry, or empty state — then the data. */
export function QueryState<T>({
  query,
  children,
  isEmpty,
  empty,
  loading,
  notFound,
}: QueryStateProps<T>) {
  if (query.isPending) return <>{loading ?? <LoadingSkeleton />}</>;
  if (notFound && isApiError(query.error) && query.error.code === 'NOT_FOUND') {
    return (
      <Alert
        role="alert"
        color="orange"
        variant="light"
        icon={<IconAlertTriangle aria-hidden />}
        title={notFound.title}
      >
        <Text size="sm">{notFound.body}</Text>
      </Alert>
    );
  }
  if (query.isError) {
    return (
      <ErrorFallback
        error={query.error}
        onRetry={() => void query.refetch()}
        retrying={query.isRefetching}
      />
    );
  }
  const data = query.data as T;
  if (isEmpty?.(data)) return <>{empty ?? <EmptyState />}</>;
  return <>{children(data)}</>;
}

export function LoadingSkeleton({ lines = 4 }: { lines?: number }) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm" aria-busy="true">
      <VisuallyHidden role="status">{t('state.loading')}</VisuallyHidden>
      <Skeleton height={28} width="40%" />
      {Array.from({ length: lines }, (_, index) => (
        <Skeleton key={index} height={16} width={index % 2 ? '85%' : '100%'} />
      ))}
    </Stack>
  );
}

export function EmptyState({ children }: { children?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Text c="dimmed" ta="center" py="xl">
      {children ?? t('state.empty')}
    </Text>
  );
}
