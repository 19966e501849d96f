import { useElementSize } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import type { OverviewResponse } from '@/domain/contract';
import { formatNumber } from '@/lib/format';
import { localeOf } from '@/lib/i18n';
import classes from './asset-trend-chart.module.css';

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

/** room for the axis labels around the plot */
const MARGIN = { top: 12, right: 16, bottom: 30, left: 40 };
/** the least room an x-axis label gets */
const X_LABEL_WIDTH = 72;

/** the projection is drawn at most this many days past today (the words give any later date) */
const PROJECTION_MAX_DAYS = 60;

export type AssetTrendChartProps = {
  history: OverviewResponse['assetHistory'];
  quota: number | null;
  threshold: number | null;
  /** the API's growth forecast: a dashed trend line and the days of 100 % and 120 % */
  forecast?: OverviewResponse['forecast'];
};

const dayMs = (date: string) => Date.parse(`${date}T00:00:00Z`);

/** `count` indices spread evenly from the first to the last of `length` */
function spread(length: number, count: number): number[] {
  if (length <= 0) return [];
  if (length === 1 || count <= 1) return [length - 1];
  const indices = Array.from({ length: count }, (_, k) =>
    Math.round((k * (length - 1)) / (count - 1)),
  );
  return [...new Set(indices)];
}

/**
 * The 30-day asset trend, drawn as a plain SVG: a line of the daily totals, the quota and the
 * upgrade line (120 %) as reference lines, whole-number steps on the y axis, a few dates on the
 * x axis. (It was @mantine/charts — recharts underneath, about 115 KB of gzipped JavaScript on
 * the first page for one line; `npm run bench` measures the first page.)
 * The SVG is hidden from assistive technology; the card states the trend in words.
 */
export default function AssetTrendChart({
  history,
  quota,
  threshold,
  forecast = null,
}: AssetTrendChartProps) {
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
  // x is the day since the first day of history; a forecast extends it into the coming days
  const start = history[0] ? dayMs(history[0].date) : 0;
  const offsetOf = (date: string) => Math.round((dayMs(date) - start) / 86_400_000);
  const today = Math.max(0, history.length - 1);
  const lastDay = forecast
    ? Math.max(today, Math.min(offsetOf(forecast.trendLine.to.date), today + PROJECTION_MAX_DAYS))
    : today;
  const projection = forecast && projectionSegment(forecast.trendLine, offsetOf, lastDay);
  const highest = Math.max(
    0,
    ...history.map((p) => p.total),
    quota ?? 0,
    threshold ?? 0,
    projection?.[1].total ?? 0,
  );
  const ticks = axisTicks(highest);
  const top = ticks.at(-1) || 1;

  const plotWidth = Math.max(0, width - MARGIN.left - MARGIN.right);
  const plotHeight = CHART_HEIGHT - MARGIN.top - MARGIN.bottom;
  const left = MARGIN.left;
  const right = MARGIN.left + plotWidth;
  const bottom = MARGIN.top + plotHeight;
  const x = (day: number) =>
    lastDay > 0 ? left + (day * plotWidth) / lastDay : left + plotWidth / 2;
  const y = (value: number) => bottom - (value / top) * plotHeight;
  const points = history.map((p, i) => `${x(i).toFixed(1)},${y(p.total).toFixed(1)}`).join(' ');
  const dates = spread(lastDay + 1, Math.floor(plotWidth / X_LABEL_WIDTH) + 1);
  const showThreshold = threshold !== null && threshold !== quota;
  // the days of 100 % and 120 %, where the drawn projection reaches them
  const marks = forecast
    ? [
        { key: 'quota', date: forecast.quotaReachedOn, level: quota },
        { key: 'upgrade', date: forecast.upgradeRequiredOn, level: threshold },
      ].flatMap(({ key, date, level }) =>
        date !== null && level !== null && offsetOf(date) <= lastDay
          ? [{ key, date, level, at: offsetOf(date) }]
          : [],
      )
    : [];

  return (
    <div aria-hidden ref={ref} style={{ height: CHART_HEIGHT }}>
      {width > 0 && (
        <svg className={classes.svg} width={width} height={CHART_HEIGHT} data-chart="trend">
          {ticks.map((tick) => (
            <g key={tick}>
              <line className={classes.grid} x1={left} x2={right} y1={y(tick)} y2={y(tick)} />
              <text
                className={classes.tick}
                data-chart="tick"
                x={left - 8}
                y={y(tick)}
                textAnchor="end"
                dominantBaseline="middle"
              >
                {formatNumber(tick, lng)}
              </text>
            </g>
          ))}
          {dates.map((index, k) => {
            const anchor = k === 0 ? 'start' : k === dates.length - 1 ? 'end' : 'middle';
            return (
              <text
                key={index}
                className={classes.tick}
                data-chart="tick"
                x={x(index)}
                y={bottom + 20}
                textAnchor={dates.length === 1 ? 'middle' : anchor}
              >
                {day.format(new Date(start + index * 86_400_000))}
              </text>
            );
          })}
          {quota !== null && (
            <g data-chart="reference-line">
              <line className={classes.quota} x1={left} x2={right} y1={y(quota)} y2={y(quota)} />
              <text
                className={classes.quotaLabel}
                data-chart="reference-label"
                x={right - 4}
                y={y(quota) + 14}
                textAnchor="end"
              >
                {t('trend.quotaLine', { quota: formatNumber(quota, lng) })}
              </text>
            </g>
          )}
          {showThreshold && (
            <g data-chart="reference-line">
              <line
                className={classes.threshold}
                x1={left}
                x2={right}
                y1={y(threshold)}
                y2={y(threshold)}
              />
              <text
                className={classes.thresholdLabel}
                data-chart="reference-label"
                x={left + 6}
                y={y(threshold) - 6}
              >
                {t('trend.upgradeLine', { threshold: formatNumber(threshold, lng) })}
              </text>
            </g>
          )}
          <polyline className={classes.line} data-chart="line" points={points} />
          {projection && (
            <g data-chart="projection">
              <line
                className={classes.projection}
                x1={x(projection[0].day)}
                y1={y(projection[0].total)}
                x2={x(projection[1].day)}
                y2={y(projection[1].total)}
              />
              {marks.map((mark) => (
                <g key={mark.key} data-chart="forecast-mark">
                  <circle className={classes.mark} cx={x(mark.at)} cy={y(mark.level)} r={4} />
                  <text
                    className={classes.markLabel}
                    x={x(mark.at) - 6}
                    y={y(mark.level) - 8}
                    textAnchor="end"
                  >
                    {day.format(new Date(dayMs(mark.date)))}
                  </text>
                </g>
              ))}
            </g>
          )}
        </svg>
      )}
    </div>
  );
}

/** The trend line from its first day to `lastDay` at most (cut where the chart ends). */
function projectionSegment(
  line: NonNullable<OverviewResponse['forecast']>['trendLine'],
  offsetOf: (date: string) => number,
  lastDay: number,
): [{ day: number; total: number }, { day: number; total: number }] {
  const from = { day: offsetOf(line.from.date), total: line.from.total };
  const toDay = offsetOf(line.to.date);
  const slope = toDay > from.day ? (line.to.total - from.total) / (toDay - from.day) : 0;
  const end = Math.min(toDay, lastDay);
  return [from, { day: end, total: from.total + slope * (end - from.day) }];
}
