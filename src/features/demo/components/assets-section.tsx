import { Badge, Button, Fieldset, Group, NumberInput, Stack, Text } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DemoState, RegionId, SubscriptionView } from '@/domain/contract';
import { catalogQueryOptions } from '@/lib/catalog';
import { errorConcerns, useErrorMessage } from '@/lib/error-message';
import { formatNumber } from '@/lib/format';
import { demoSubscriptionsQueryOptions } from '../api/get-demo';
import { usePutDemoAssets } from '../api/demo-mutations';
import { PanelSection } from './panel-section';

/** The largest count the mock accepts per kind (its own limit answers beyond it). */
const MAX_ASSETS = 100_000;
/** A pause in typing (or a step of the arrows) before the count is sent. */
const COMMIT_DELAY_MS = 600;

/**
 * Asset counts per region: ECS instances and external servers (billable assets, R6), with
 * the region's quota and the 120 % point at which an upgrade becomes required (R7), as the
 * API reports them (`upgradeThresholdAssets`, `upgradeRequired`).
 */
export function AssetsSection({ state }: { state: DemoState }) {
  const { t } = useTranslation('demo');
  const errorMessage = useErrorMessage();
  const subscriptions = useQuery(demoSubscriptionsQueryOptions());
  const catalog = useQuery(catalogQueryOptions());
  const percent = catalog.data?.lifecycle.upgradeThresholdPercent;

  return (
    <PanelSection title={t('assets.heading')} description={t('assets.description')}>
      {subscriptions.isError && (
        <Group gap="xs">
          <Text size="xs" c="red">
            {errorMessage(subscriptions.error)}
          </Text>
          <Button size="compact-xs" variant="default" onClick={() => void subscriptions.refetch()}>
            {t('panel.retry')}
          </Button>
        </Group>
      )}
      <Stack gap="sm">
        {state.assets.map((assets) => (
          <RegionAssets
            key={assets.region}
            region={assets.region}
            ecs={assets.ecs}
            external={assets.external}
            view={subscriptions.data?.items.find((i) => i.subscription.region === assets.region)}
            percent={percent}
          />
        ))}
      </Stack>
    </PanelSection>
  );
}

type Counts = { ecs: number | string; external: number | string };

function RegionAssets({
  region,
  ecs,
  external,
  view,
  percent,
}: {
  region: RegionId;
  ecs: number;
  external: number;
  view: SubscriptionView | undefined;
  percent: number | undefined;
}) {
  const { t, i18n } = useTranslation('demo');
  const { t: tc } = useTranslation();
  const errorMessage = useErrorMessage();
  const put = usePutDemoAssets();
  // what the presenter typed and has not been confirmed by the API yet
  const [draft, setDraft] = useState<Counts | null>(null);
  const counts = draft ?? { ecs, external };
  const n = (value: number) => formatNumber(value, i18n.language);

  const send = (next: Counts) => {
    if (typeof next.ecs !== 'number' || typeof next.external !== 'number') return;
    if (next.ecs === ecs && next.external === external) {
      setDraft(null);
      return;
    }
    put.mutate(
      { region, ecs: next.ecs, external: next.external },
      {
        onSettled: (_data, error) => {
          // typing went on meanwhile: keep the newer draft, it is sent next
          if (!error) setDraft((current) => (current === next ? null : current));
        },
      },
    );
  };
  const commit = useDebouncedCallback(send, COMMIT_DELAY_MS);
  const change = (field: keyof Counts, value: number | string) => {
    const next = { ...counts, [field]: value };
    setDraft(next);
    commit(next);
  };
  const flush = () => commit.flush();

  // the API gives an upgrade point where the subscription has a quota (R7)
  const threshold = view?.upgradeThresholdAssets ?? null;
  const quota = threshold === null ? null : (view?.subscription.quota ?? null);
  const field = (name: 'ecs' | 'external') =>
    errorConcerns(put.error, name) ? errorMessage(put.error) : undefined;
  const otherError = put.isError && !field('ecs') && !field('external');

  let summary: string;
  if (!view) summary = t('assets.loadingQuota');
  else if (quota !== null && threshold !== null) {
    summary =
      percent === undefined
        ? t('assets.thresholdNoPercent', { quota: n(quota), threshold: n(threshold) })
        : t('assets.threshold', { quota: n(quota), threshold: n(threshold), percent: n(percent) });
  } else if (view.subscription.billingMode === 'pay-per-use') summary = t('assets.payPerUse');
  else summary = t('assets.noQuota');

  return (
    <Fieldset legend={tc(`regions.${region}`)} variant="filled" p="sm">
      <Stack gap={6}>
        <Group grow gap="xs" align="flex-start">
          {(['ecs', 'external'] as const).map((kind) => (
            <NumberInput
              key={kind}
              label={t(`assets.${kind}`)}
              value={counts[kind]}
              onChange={(value) => change(kind, value)}
              onBlur={flush}
              onKeyDown={(event) => event.key === 'Enter' && flush()}
              min={0}
              max={MAX_ASSETS}
              allowDecimal={false}
              allowNegative={false}
              clampBehavior="strict"
              size="xs"
              error={field(kind)}
            />
          ))}
        </Group>
        <Group gap="xs" justify="space-between" wrap="nowrap" align="flex-start">
          <Text size="xs" c="dimmed">
            {t('assets.total', { total: n(ecs + external) })} · {summary}
          </Text>
          {view?.upgradeRequired && (
            <Badge color="red.8" variant="light" size="sm" style={{ flex: 'none' }}>
              {t('assets.upgradeRequired')}
            </Badge>
          )}
        </Group>
        {threshold !== null && (
          <Group gap="xs">
            <Button
              size="compact-xs"
              variant="subtle"
              onClick={() => send({ ecs: Math.max(0, threshold - external), external })}
              disabled={ecs + external === threshold}
            >
              {t('assets.toThreshold', { threshold: n(threshold) })}
            </Button>
          </Group>
        )}
        {put.isPending && (
          <Text size="xs" c="dimmed" role="status">
            {t('panel.applying')}
          </Text>
        )}
        {otherError && (
          <Text size="xs" c="red" role="alert">
            {errorMessage(put.error)}
          </Text>
        )}
      </Stack>
    </Fieldset>
  );
}
