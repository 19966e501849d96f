import { Button, Stack, Tabs, Text } from '@mantine/core';
import { IconFilterOff, IconStack2 } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { PageHeader } from '@/components/page-header';
import { LoadingSkeleton, QueryState } from '@/components/query-state';
import { paths } from '@/config/paths';
import { purchaseRequestsQueryOptions } from '@/lib/purchase-requests';
import { useRegion } from '@/lib/region';
import { ordersQueryOptions } from '../api/get-orders';
import {
  filterOrders,
  parseOrderFilters,
  REGION_FILTER_PARAM,
  TYPE_PARAM,
  type OrderFilters,
} from './order-kind';
import { OrdersFilters } from './orders-filters';
import { OrdersTable } from './orders-table';
import { RequestsList } from './requests-list';

const TAB_PARAM = 'tab';

/**
 * SPEC §3 `/orders`: every order, newest first — renewals, upgrades, new purchases,
 * value-added packs and unsubscribe refunds — with its receipt one click away. The filters
 * live in the URL (`?type=`, `?orderRegion=`), so a filtered list can be shared and reloaded.
 */
export function OrdersPage() {
  const { t } = useTranslation('orders');
  const { t: tr } = useTranslation('requests');
  const [region] = useRegion();
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = parseOrderFilters(searchParams);
  const orders = useQuery(ordersQueryOptions());
  const requests = useQuery(purchaseRequestsQueryOptions());
  const tab = searchParams.get(TAB_PARAM) === 'requests' ? 'requests' : 'orders';
  const setTab = (next: string | null) =>
    setSearchParams(
      (previous) => {
        const params = new URLSearchParams(previous);
        if (next === 'requests') params.set(TAB_PARAM, next);
        else params.delete(TAB_PARAM);
        return params;
      },
      { replace: true },
    );

  const setFilters = useCallback(
    (next: OrderFilters) =>
      setSearchParams(
        (previous) => {
          const params = new URLSearchParams(previous);
          if (next.kind) params.set(TYPE_PARAM, next.kind);
          else params.delete(TYPE_PARAM);
          if (next.region) params.set(REGION_FILTER_PARAM, next.region);
          else params.delete(REGION_FILTER_PARAM);
          return params;
        },
        { replace: true },
      ),
    [setSearchParams],
  );

  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      <Tabs value={tab} onChange={setTab} keepMounted={false}>
        <Tabs.List aria-label={tr('tabs.label')} mb="md">
          <Tabs.Tab value="orders">{tr('tabs.orders')}</Tabs.Tab>
          <Tabs.Tab value="requests">
            {tr('tabs.requests', {
              count: requests.data?.items.filter((r) => r.status === 'open').length ?? 0,
            })}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="requests">
          <QueryState query={requests} loading={<LoadingSkeleton lines={4} />}>
            {(data) => <RequestsList requests={data.items} />}
          </QueryState>
        </Tabs.Panel>
        <Tabs.Panel value="orders">
          <QueryState
            query={orders}
            loading={<LoadingSkeleton lines={6} />}
            isEmpty={(data) => data.items.length === 0}
            empty={
              <Stack gap="sm" align="center" py="xl">
                <Text c="dimmed">{t('empty.body')}</Text>
                <Button
                  component={Link}
                  to={paths.purchasedResources.getHref(region)}
                  variant="light"
                  leftSection={<IconStack2 size={16} aria-hidden />}
                >
                  {t('empty.link')}
                </Button>
              </Stack>
            }
          >
            {(data) => {
              const shown = filterOrders(data.items, filters);
              return (
                <Stack gap="md">
                  <OrdersFilters filters={filters} onChange={setFilters} />
                  <Text size="sm" c="dimmed" role="status">
                    {shown.length === data.items.length
                      ? t('count.all', { count: data.items.length })
                      : t('count.filtered', { count: shown.length, total: data.items.length })}
                  </Text>
                  {shown.length === 0 ? (
                    <Stack gap="sm" align="center" py="xl">
                      <Text c="dimmed">{t('empty.filtered')}</Text>
                      <Button
                        variant="default"
                        leftSection={<IconFilterOff size={16} aria-hidden />}
                        onClick={() => setFilters({ kind: null, region: null })}
                      >
                        {t('filters.clear')}
                      </Button>
                    </Stack>
                  ) : (
                    <OrdersTable orders={shown} />
                  )}
                </Stack>
              );
            }}
          </QueryState>
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
