/**
 * Issue 24, growth forecast: when the region's billable assets reach 100 % and 120 % of the
 * quota (R7) at the current trend, and the smallest quota that stays under 100 % until expiry.
 * The trend is the least-squares line over the daily totals (day index 0 … n−1, today last),
 * computed in BigInt so the dates never depend on floating-point rounding.
 */
import { DAY_MS } from './catalog';
import type { AssetForecast, QuotaRange } from './contract';
import { upgradeThresholdAssets } from './quota';
import { utcDate } from './time';

/** fewer days than this and a line through them says nothing */
export const FORECAST_MIN_DAYS = 7;

export type ForecastInput = {
  /** billable assets at the end of each known day, oldest first, today last */
  totals: readonly number[];
  /** the demo clock (the API's `now`): today is its UTC day */
  nowMs: number;
  quota: number;
  /** billable assets now */
  assets: number;
  /** whole days until expiry (SPEC `daysLeft`) */
  daysLeft: number;
  /** the quotas an order may name (R6, R11); null: no quota can be offered */
  range: QuotaRange | null;
};

/** The line f(t) = (c + b·n·t) / d over day indices t; slope = b / s. */
type Line = { b: bigint; c: bigint; d: bigint; n: bigint; s: bigint };

function leastSquares(totals: readonly number[]): Line {
  const n = BigInt(totals.length);
  let sy = 0n;
  let sxy = 0n;
  totals.forEach((y, i) => {
    sy += BigInt(y);
    sxy += BigInt(i) * BigInt(y);
  });
  const sx = (n * (n - 1n)) / 2n;
  const sxx = ((n - 1n) * n * (2n * n - 1n)) / 6n;
  const s = n * sxx - sx * sx;
  const b = n * sxy - sx * sy;
  return { b, c: sy * s - b * sx, d: n * s, n, s };
}

const floorDiv = (p: bigint, q: bigint): bigint => {
  const r = p / q;
  return p % q !== 0n && p < 0n !== q < 0n ? r - 1n : r;
};
const ceilDiv = (p: bigint, q: bigint): bigint => -floorDiv(-p, q);

/** the first day index at which the rising line reaches `target` */
const dayReaching = (line: Line, target: number): bigint =>
  ceilDiv(BigInt(target) * line.d - line.c, line.b * line.n);

const valueAt = (line: Line, t: bigint): number =>
  Number(line.c + line.b * line.n * t) / Number(line.d);

const round2 = (value: number): number => Math.round(value * 100) / 100;

/**
 * The forecast, or null when there is none: fewer than 7 days of history, a flat or falling
 * trend, or an upgrade already required (nothing left to foresee: the Overview says so).
 */
export function forecastAssets(input: ForecastInput): AssetForecast | null {
  const { totals, nowMs, quota, assets, daysLeft, range } = input;
  const threshold = upgradeThresholdAssets(quota);
  if (totals.length < FORECAST_MIN_DAYS || assets >= threshold) return null;
  const line = leastSquares(totals);
  if (line.b <= 0n) return null;

  const today = line.n - 1n;
  const todayStart = Math.floor(nowMs / DAY_MS) * DAY_MS;
  // never a day before today: a line that is already above a level reaches it today
  const dateOf = (t: bigint): string => {
    const ahead = t > today ? t - today : 0n;
    return utcDate(todayStart + Number(ahead) * DAY_MS);
  };
  const upgradeDay = dayReaching(line, threshold);

  // the smallest quota above the count now and above the line at expiry; offered only when the
  // current quota does not stay under 100 % until then, and only within the range on offer
  const expiryDay = today + BigInt(Math.max(0, daysLeft));
  const atExpiry = floorDiv(line.c + line.b * line.n * expiryDay, line.d);
  const needed = Math.max(Number(atExpiry), assets) + 1;
  const suggested = range === null ? needed : Math.max(needed, range.min);
  const offered = needed > quota && range !== null && suggested <= range.max;

  const lastShown = upgradeDay > today ? upgradeDay : today;
  return {
    slopePerDay: round2(Number(line.b) / Number(line.s)),
    quotaReachedOn: assets >= quota ? null : dateOf(dayReaching(line, quota)),
    upgradeRequiredOn: dateOf(upgradeDay),
    trendLine: {
      from: {
        date: utcDate(todayStart - Number(today) * DAY_MS),
        total: round2(valueAt(line, 0n)),
      },
      to: { date: dateOf(lastShown), total: round2(valueAt(line, lastShown)) },
    },
    suggestedQuota: offered ? suggested : null,
  };
}
