import { Skeleton, Stack, Text, VisuallyHidden } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
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
};

/** Loading skeleton, error with Retry, or empty state — then the data. */
export function QueryState<T>({ query, children, isEmpty, empty, loading }: QueryStateProps<T>) {
  if (query.isPending) return <>{loading ?? <LoadingSkeleton />}</>;
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
