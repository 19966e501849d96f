import { Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SubscriptionView } from '@/domain/contract';
import { formatNumber } from '@/lib/format';
import classes from './quota-meter.module.css';

type Props = {
  view: SubscriptionView;
  /** the catalog's upgrade threshold (120), for the label of the upgrade line */
  thresholdPercent: number | undefined;
};

/** Where the bar ends: a little beyond the furthest of quota, upgrade line and assets. */
function scaleOf(total: number, quota: number, threshold: number): number {
  return Math.max(total, quota, threshold) * 1.15 || 1;
}

const at = (value: number, scale: number) => `${Math.min(100, (value / scale) * 100)}%`;

/**
 * Quota usage (R6, R7): billable assets against the quota as a meter, split into ECS
 * instances and external servers, with the quota and the upgrade line (120 %) marked.
 */
export function QuotaUsageCard({ view, thresholdPercent }: Props) {
  const { t, i18n } = useTranslation('overview');
  const lng = i18n.language;
  const n = (value: number) => formatNumber(value, lng);
  const quota = view.effectiveQuota ?? 0;
  const threshold = view.upgradeThresholdAssets ?? quota;
  const { ecs, external, total } = view.billableAssets;
  const percent = view.usagePercent ?? 0;
  const scale = scaleOf(total, quota, threshold);
  const over = view.upgradeRequired;
  const full = total >= quota;
  const upgradeLine =
    thresholdPercent === undefined
      ? t('usage.upgradeLineNoPercent', { threshold: n(threshold) })
      : t('usage.upgradeLine', { percent: n(thresholdPercent), threshold: n(threshold) });

  return (
    <Card component="section" aria-labelledby="quota-usage-heading">
      <Stack gap="md">
        <Title order={2} id="quota-usage-heading" size="h3">
          {t('usage.heading')}
        </Title>
        <Group align="baseline" gap="xs" wrap="wrap">
          <Text
            component="span"
            fz={32}
            fw={700}
            lh={1}
            style={{ fontVariantNumeric: 'tabular-nums' }}
          >
            {n(total)}
          </Text>
          <Text component="span" c="dimmed">
            {t('usage.ofQuota', { quota: n(quota) })}
          </Text>
          <Badge
            variant="light"
            color={over ? 'red' : full ? 'yellow' : 'teal'}
            size="lg"
            ml="auto"
          >
            {t('usage.percent', { percent: n(percent) })}
          </Badge>
        </Group>

        <div
          className={classes.meter}
          role="meter"
          aria-label={t('usage.meterLabel')}
          aria-valuemin={0}
          aria-valuemax={Math.max(quota, total)}
          aria-valuenow={total}
          aria-valuetext={t('usage.meterValue', {
            total: n(total),
            quota: n(quota),
            percent: n(percent),
          })}
        >
          <div className={classes.track}>
            <div className={classes.ecs} style={{ width: at(ecs, scale) }} />
            <div className={classes.external} style={{ width: at(external, scale) }} />
          </div>
          <span className={classes.marker} style={{ left: at(quota, scale) }} aria-hidden />
          <span className={classes.markerLabel} style={{ left: at(quota, scale) }} aria-hidden>
            {n(quota)}
          </span>
          {threshold !== quota && (
            <>
              <span
                className={`${classes.marker} ${classes.thresholdMarker}`}
                style={{ left: at(threshold, scale) }}
                aria-hidden
              />
              <span
                className={`${classes.markerLabel} ${classes.thresholdLabel}`}
                style={{ left: at(threshold, scale) }}
                aria-hidden
              >
                {n(threshold)}
              </span>
            </>
          )}
        </div>

        <Stack gap={6} component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
          <LegendItem swatch={<span className={`${classes.swatch} ${classes.ecs}`} />}>
            {t('usage.ecsValue', { value: n(ecs) })}
          </LegendItem>
          <LegendItem swatch={<span className={`${classes.swatch} ${classes.external}`} />}>
            {t('usage.externalValue', { value: n(external) })}
          </LegendItem>
          <LegendItem swatch={<span className={classes.lineSwatch} />}>
            {t('usage.quotaLine', { quota: n(quota) })}
          </LegendItem>
          <LegendItem
            swatch={<span className={`${classes.lineSwatch} ${classes.thresholdSwatch}`} />}
          >
            {upgradeLine}
          </LegendItem>
        </Stack>
        <Text size="xs" c="dimmed">
          {t('usage.billableNote')}
          {view.status === 'expired' && ` ${t('usage.expiredNote')}`}
        </Text>
      </Stack>
    </Card>
  );
}

function LegendItem({ swatch, children }: { swatch: React.ReactNode; children: React.ReactNode }) {
  return (
    <Group component="li" gap="xs" wrap="nowrap">
      <span aria-hidden style={{ display: 'inline-flex', width: 14, justifyContent: 'center' }}>
        {swatch}
      </span>
      <Text size="sm" component="span">
        {children}
      </Text>
    </Group>
  );
}
