import { Alert, Anchor, Skeleton, Stack, Text, VisuallyHidden } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconEye } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorFallback } from '@/components/error-fallback';
import { PageHeader } from '@/components/page-header';
import { EmptyState } from '@/components/query-state';
import { paths } from '@/config/paths';
import type { SubscriptionView } from '@/domain/contract';
import type { QuoteDocument } from '@/domain/contract-quotes';
import { catalogQueryOptions } from '@/lib/catalog';
import { useRegion } from '@/lib/region';
import { sessionQueryOptions } from '@/lib/session';
import { subscriptionsQueryOptions } from '../api/get-subscriptions';
import { useDialogDraft } from './dialog-draft';
import type { DialogKind } from './resource-actions';
import { usePackDialogFromLink } from './pack-from-link';
import { ResourceDialog } from './resource-dialog';
import { usePayingRequestId } from '@/components/purchase/paying-request-id';
import { ResourcesCards } from './resources-cards';
import { ResourcesTable } from './resources-table';

/** Below this width the regions are cards, not table rows (the table needs about 900 px beside the navigation). */
const CARDS_QUERY = '(max-width: 74.99em)';

type OpenDialog = {
  kind: DialogKind;
  view: SubscriptionView;
  opened: boolean;
  key: number;
  quote?: QuoteDocument;
};

/**
 * SPEC §3 `/purchased-resources`: a row per region with its subscription (GET /subscriptions)
 * and the operations the API allows on it (R16): Upgrade, Increase Quota, Renew, Buy, Buy
 * Value-add Pack, Unsubscribe; auto-renew and tags. Every purchase or change refreshes every
 * query, so the header badge and the other pages follow.
 */
export function PurchasedResourcesPage() {
  const { t } = useTranslation('purchased-resources');
  const [region] = useRegion();
  const list = useQuery(subscriptionsQueryOptions());
  const catalog = useQuery(catalogQueryOptions());
  const session = useQuery(sessionQueryOptions());
  const cards = useMediaQuery(CARDS_QUERY, false, { getInitialValueInEffect: false });
  const [dialog, setDialog] = useState<OpenDialog | null>(null);
  const payingRequest = usePayingRequestId();

  const open = useCallback(
    (kind: DialogKind, view: SubscriptionView, quote?: QuoteDocument) =>
      setDialog((previous) => ({
        kind,
        view,
        opened: true,
        key: (previous?.key ?? 0) + 1,
        ...(quote && { quote }),
      })),
    [],
  );
  // before the link's: when both open a dialog on arrival, the link's (with its quote) wins
  useDialogDraft(dialog, list.data?.items, open);
  usePackDialogFromLink(payingRequest, list.data?.items, open);
  const close = useCallback(
    () => setDialog((previous) => previous && { ...previous, opened: false }),
    [],
  );
  const { refetch } = list;
  const reloadList = useCallback(() => refetch({ throwOnError: true }), [refetch]);
  const reloadOne = useCallback(
    async (subscriptionId: string) => {
      const result = await refetch({ throwOnError: true });
      return result.data?.items.find((view) => view.subscription.id === subscriptionId);
    },
    [refetch],
  );

  let content;
  if (list.isPending || catalog.isPending) {
    content = <ResourcesSkeleton />;
  } else if (list.isError || catalog.isError) {
    content = (
      <ErrorFallback
        error={list.error ?? catalog.error}
        onRetry={() => {
          if (list.isError) void list.refetch();
          if (catalog.isError) void catalog.refetch();
        }}
        retrying={list.isRefetching || catalog.isRefetching}
      />
    );
  } else if (list.data.items.length === 0) {
    content = <EmptyState>{t('empty')}</EmptyState>;
  } else {
    const props = {
      items: list.data.items,
      catalog: catalog.data,
      onOpen: open,
      onReload: reloadList,
    };
    content = cards ? <ResourcesCards {...props} /> : <ResourcesTable {...props} />;
  }

  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      <Stack gap="md">
        {session.data?.role === 'readonly' && (
          <Alert color="gray" variant="light" icon={<IconEye aria-hidden />}>
            <Text size="sm">
              {t('readonly.body')}{' '}
              <Anchor component={Link} to={paths.helpPermissions.getHref(region)} size="sm">
                {t('readonly.link')}
              </Anchor>
            </Text>
          </Alert>
        )}
        {content}
      </Stack>
      {dialog && catalog.data && (
        <ResourceDialog
          key={dialog.key}
          kind={dialog.kind}
          opened={dialog.opened}
          view={dialog.view}
          quote={dialog.quote}
          catalog={catalog.data}
          onClose={close}
          onReload={reloadOne}
          payingRequest={dialog.kind === 'pack' ? payingRequest : undefined}
        />
      )}
    </>
  );
}

function ResourcesSkeleton() {
  const { t } = useTranslation();
  return (
    <Stack gap="sm" aria-busy="true">
      <VisuallyHidden role="status">{t('state.loading')}</VisuallyHidden>
      <Skeleton height={36} />
      {Array.from({ length: 4 }, (_, index) => (
        <Skeleton key={index} height={72} />
      ))}
    </Stack>
  );
}
