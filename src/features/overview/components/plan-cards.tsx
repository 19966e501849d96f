import {
  Button,
  Card,
  Group,
  List,
  SimpleGrid,
  Stack,
  Text,
  ThemeIcon,
  Title,
} from '@mantine/core';
import { IconCheck, IconPlus, IconShoppingCart } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import type { Catalog, SubscriptionView } from '@/domain/contract';
import { formatMoney, formatNumber } from '@/lib/format';

type FeatureKey =
  | 'securityScore'
  | 'assetInventory'
  | 'basicAlerts'
  | 'vulnerabilityScan'
  | 'baselineCheck'
  | 'compliance'
  | 'largeScreen'
  | 'intelligentAnalysis'
  | 'orchestration'
  | 'operationRisk'
  | 'regulationCompliance'
  | 'antiRansomware'
  | 'webTamper';

/** Feature keys come from GET /catalog; a key this console has no words for is left out. */
function useFeatureName() {
  const { t, i18n } = useTranslation('overview');
  return (key: string): string | null =>
    i18n.exists(`overview:features.${key}`) ? t(`features.${key as FeatureKey}`) : null;
}

/**
 * Basic (R17): what the free edition includes and what a paid one adds, from the catalog,
 * with Buy (a new purchase).
 */
export function BasicCard({
  view,
  catalog,
}: {
  view: SubscriptionView;
  catalog: Catalog | undefined;
}) {
  const { t } = useTranslation('overview');
  const featureName = useFeatureName();
  const sub = view.subscription;
  const basic = catalog?.editions.find((e) => e.id === view.effectiveEdition);
  // the editions a purchase may choose, as the API offers them (R10, R17)
  const paid = catalog?.editions.filter((e) => view.upgradeOptions.editions.includes(e.id)) ?? [];
  const included = (basic?.features ?? []).map(featureName).filter((f): f is string => f !== null);
  const extra = [...new Set(paid.flatMap((e) => e.features))]
    .filter((key) => !basic?.features.includes(key))
    .map(featureName)
    .filter((f): f is string => f !== null)
    .slice(0, 6);

  return (
    <Card component="section" aria-labelledby="basic-heading">
      <Stack gap="md">
        <Title order={2} size="h3" id="basic-heading">
          {t('basic.heading')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
          {included.length > 0 && (
            <Stack gap={6}>
              <Text size="sm">{t('basic.body')}</Text>
              <List
                size="sm"
                spacing={4}
                icon={
                  <ThemeIcon size={18} radius="xl" color="teal" variant="light">
                    <IconCheck size={12} aria-hidden />
                  </ThemeIcon>
                }
              >
                {included.map((name) => (
                  <List.Item key={name}>{name}</List.Item>
                ))}
              </List>
            </Stack>
          )}
          {extra.length > 0 && (
            <Stack gap={6}>
              <Text size="sm">{t('basic.more')}</Text>
              <List
                size="sm"
                spacing={4}
                icon={
                  <ThemeIcon size={18} radius="xl" color="brand" variant="light">
                    <IconPlus size={12} aria-hidden />
                  </ThemeIcon>
                }
              >
                {extra.map((name) => (
                  <List.Item key={name}>{name}</List.Item>
                ))}
              </List>
            </Stack>
          )}
        </SimpleGrid>
        <Group justify="space-between" gap="sm">
          <Text size="sm" c="dimmed" style={{ flex: '1 1 18rem' }}>
            {t('basic.cta')}
          </Text>
          {view.actions.buy && (
            <Button
              component={Link}
              to={paths.upgrade.getHref(sub.id, { method: 'edition', region: sub.region })}
              leftSection={<IconShoppingCart size={16} aria-hidden />}
            >
              {t('actions.buy')}
            </Button>
          )}
        </Group>
      </Stack>
    </Card>
  );
}

/** The region's billable assets, split ECS / external, where there is no quota to measure them against. */
export function AssetsCard({ view }: { view: SubscriptionView }) {
  const { t, i18n } = useTranslation('overview');
  const n = (value: number) => formatNumber(value, i18n.language);
  const { ecs, external, total } = view.billableAssets;
  return (
    <Card component="section" aria-labelledby="assets-heading">
      <Stack gap="sm">
        <Title order={2} size="h3" id="assets-heading">
          {t('usage.noQuotaHeading')}
        </Title>
        <Text fz={24} fw={700} lh={1.2}>
          {t('usage.assetsTotal', { count: total })}
        </Text>
        <Text size="sm">{t('usage.split', { ecs: n(ecs), external: n(external) })}</Text>
        <Text size="xs" c="dimmed">
          {t('usage.billableNote')} {t('usage.noQuotaNote')}
        </Text>
      </Stack>
    </Card>
  );
}

/** Pay-per-use (R17): the hourly rate from the catalog and what the current assets cost; no quota, no expiry. */
export function PayPerUseCard({
  view,
  catalog,
}: {
  view: SubscriptionView;
  catalog: Catalog | undefined;
}) {
  const { t, i18n } = useTranslation('overview');
  const lng = i18n.language;
  const n = (value: number) => formatNumber(value, lng);
  const { ecs, external, total } = view.billableAssets;
  const rate =
    catalog?.editions.find((e) => e.id === view.subscription.edition)?.hourlyPrice ?? null;
  return (
    <Card component="section" aria-labelledby="ppu-heading">
      <Stack gap="sm">
        <Title order={2} size="h3" id="ppu-heading">
          {t('payPerUse.heading')}
        </Title>
        <Text size="sm">{t('payPerUse.body')}</Text>
        <SimpleGrid component="dl" cols={2} spacing="md" m={0}>
          <div>
            <Text component="dt" size="xs" c="dimmed" fw={600}>
              {t('payPerUse.rate')}
            </Text>
            <Text component="dd" m={0} fw={600}>
              {rate === null ? '—' : t('payPerUse.rateValue', { amount: formatMoney(rate, lng) })}
            </Text>
          </div>
          <div>
            <Text component="dt" size="xs" c="dimmed" fw={600}>
              {t('payPerUse.estimate')}
            </Text>
            <Text component="dd" m={0} fw={600}>
              {rate === null
                ? '—'
                : t('payPerUse.estimateValue', {
                    amount: formatMoney(rate * total, lng),
                    assets: n(total),
                  })}
            </Text>
          </div>
        </SimpleGrid>
        <Text size="sm">
          {t('usage.assetsTotal', { count: total })} ·{' '}
          {t('usage.split', { ecs: n(ecs), external: n(external) })}
        </Text>
      </Stack>
    </Card>
  );
}
