import { LineChart } from '@mantine/charts';
import { useElementSize } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import type { OverviewResponse } from '@/domain/contract';
import { formatNumber } from '@/lib/format';
import { localeOf } from '@/lib/i18n';

/** Four even, whole-number steps of a round size that leave some room above the highest value. */
function axisTicks(highest: number): number[] {
  const raw = Math.max(1, (highest * 1.1) / 4);
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step =
    [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10]
      .map((m) => m * magnitude)
      .find((s) => s >= raw && Number.isInteger(s)) ?? 10 * magnitude;
  return [0, 1, 2, 3, 4].map((i) => i * step);
}

export const CHART_HEIGHT = 240;

export type AssetTrendChartProps = {
  history: OverviewResponse['assetHistory'];
  quota: number | null;
  threshold: number | null;
};

/**
 * The 30-day asset trend (@mantine/charts, recharts underneath — a large module, so the
 * Overview loads it lazily). The quota and the upgrade line are reference lines.
 * The SVG is hidden from assistive technology; the card states the trend in words.
 */
export default function AssetTrendChart({ history, quota, threshold }: AssetTrendChartProps) {
  const { t, i18n } = useTranslation('overview');
  // drawn once its box has a width (never at 0 × 0, e.g. before layout)
  const { ref, width } = useElementSize();
  const lng = i18n.language;
  // the history's dates are UTC days: shown as they are, never shifted by the time zone
  const day = new Intl.DateTimeFormat(localeOf(lng), {
    month: 'short',
    day: 'numeric',
    timeZone: 'UTC',
  });
  const data = history.map((point) => ({
    date: day.format(new Date(`${point.date}T00:00:00Z`)),
    total: point.total,
  }));
  const highest = Math.max(0, ...history.map((p) => p.total), quota ?? 0, threshold ?? 0);
  const ticks = axisTicks(highest);
  const referenceLines = [
    ...(quota === null
      ? []
      : [
          {
            y: quota,
            color: 'gray.6',
            label: t('trend.quotaLine', { quota: formatNumber(quota, lng) }),
            labelPosition: 'insideBottomRight' as const,
          },
        ]),
    ...(threshold === null || threshold === quota
      ? []
      : [
          {
            y: threshold,
            color: 'red.7',
            label: t('trend.upgradeLine', { threshold: formatNumber(threshold, lng) }),
            labelPosition: 'insideTopLeft' as const,
            strokeDasharray: '6 4',
          },
        ]),
  ];

  return (
    <div aria-hidden ref={ref} style={{ height: CHART_HEIGHT }}>
      {width > 0 && (
        <LineChart
          h={CHART_HEIGHT}
          data={data}
          dataKey="date"
          series={[{ name: 'total', label: t('trend.series'), color: 'brand.6' }]}
          curveType="monotone"
          withDots={false}
          strokeWidth={2}
          gridAxis="y"
          referenceLines={referenceLines}
          yAxisProps={{
            domain: [0, ticks.at(-1) ?? 1],
            ticks,
            interval: 0,
            width: 40,
          }}
          xAxisProps={{ minTickGap: 24 }}
          // the trend is stated in words beside the chart; the drawing is not a keyboard stop
          lineChartProps={{ accessibilityLayer: false }}
          valueFormatter={(value) => formatNumber(value, lng)}
        />
      )}
    </div>
  );
}
