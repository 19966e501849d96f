/**
 * Issue 24, the growth forecast. Examples worked by hand, then properties checked against a
 * plain floating-point least-squares fit written here (not the domain's BigInt one).
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { DAY_MS } from './catalog';
import { forecastAssets, type ForecastInput } from './forecast';
import { basicSub, NOW, paidSub, payPerUseSub, regionWith } from './test-utils/fixtures';
import { toIso, utcDate } from './time';
import { subscriptionView } from './view';

const RANGE = { min: 21, max: 10_000 };
const day = (offset: number, nowMs = NOW) => utcDate(nowMs + offset * DAY_MS);

/** 10, 11, … one asset a day for `n` days, today last */
const rampTotals = (n: number, from = 10) => Array.from({ length: n }, (_, i) => from + i);

const input = (over: Partial<ForecastInput> = {}): ForecastInput => {
  const totals = over.totals ?? rampTotals(7);
  return {
    totals,
    nowMs: NOW,
    quota: 20,
    assets: totals.at(-1) ?? 0,
    daysLeft: 100,
    range: RANGE,
    ...over,
  };
};

describe('the forecast, worked examples', () => {
  test('one asset a day from 10 to 16, quota 20: 100 % in 4 days, 120 % (24) in 8', () => {
    // f(t) = 10 + t, today t = 6; at expiry (t = 106) the line is at 116: 117 stays under 100 %
    expect(forecastAssets(input())).toEqual({
      slopePerDay: 1,
      quotaReachedOn: day(4),
      upgradeRequiredOn: day(8),
      trendLine: { from: { date: day(-6), total: 10 }, to: { date: day(8), total: 24 } },
      suggestedQuota: 117,
    });
  });

  test('counts days on the demo clock, not the machine’s', () => {
    const nowMs = Date.parse('2031-07-30T23:59:00Z');
    const forecast = forecastAssets(input({ nowMs }));
    expect(forecast?.quotaReachedOn).toBe('2031-08-03');
    expect(forecast?.upgradeRequiredOn).toBe('2031-08-07');
  });

  test('none with fewer than 7 days of history', () => {
    expect(forecastAssets(input({ totals: rampTotals(6) }))).toBeNull();
    expect(forecastAssets(input({ totals: [] }))).toBeNull();
  });

  test('none for a flat or a falling trend', () => {
    expect(forecastAssets(input({ totals: Array(30).fill(15) }))).toBeNull();
    expect(forecastAssets(input({ totals: rampTotals(10).reverse() }))).toBeNull();
  });

  test('none once an upgrade is required (R7: 24 of 20)', () => {
    expect(forecastAssets(input({ totals: rampTotals(15) }))).toBeNull();
  });

  test('the quota already full: no 100 % date, the 120 % date still ahead', () => {
    const forecast = forecastAssets(input({ totals: rampTotals(12) })); // 21 of 20 today
    expect(forecast?.quotaReachedOn).toBeNull();
    expect(forecast?.upgradeRequiredOn).toBe(day(3));
  });

  test('a level the line has passed while the count has not is reached today, never before', () => {
    // a jump, then a dip today: the line is above 20 before today while the count is 19
    const totals = [10, 10, 10, 25, 25, 25, 19];
    const forecast = forecastAssets(input({ totals }));
    expect(forecast?.quotaReachedOn).toBe(day(0));
  });

  test('no suggestion while the quota stays under 100 % until expiry', () => {
    // a tenth of an asset a day: 12 today, about 12.9 at expiry in 8 days, under 20
    const totals = [11, 11, 11, 11, 12, 12, 12, 12, 12, 12];
    const forecast = forecastAssets(input({ totals, daysLeft: 8 }));
    expect(forecast).not.toBeNull();
    expect(forecast?.suggestedQuota).toBeNull();
  });

  test('the suggestion respects the range on offer (R6, R11)', () => {
    expect(forecastAssets(input({ range: { min: 200, max: 10_000 } }))?.suggestedQuota).toBe(200);
    expect(forecastAssets(input({ range: { min: 21, max: 100 } }))?.suggestedQuota).toBeNull();
    expect(forecastAssets(input({ range: null }))?.suggestedQuota).toBeNull();
  });
});

describe('the forecast in the subscription view', () => {
  const region = (events: [daysAgo: number, ecs: number][], quota = 20) => ({
    ...regionWith(paidSub({ quota, daysLeft: 150 })),
    assetEvents: events.map(([daysAgo, ecs]) => ({
      at: toIso(NOW - daysAgo * DAY_MS - 60_000),
      ecs,
      external: 0,
    })),
  });

  test('a rising region carries it, with a suggestion in the Increase Quota range', () => {
    const view = subscriptionView(
      region([
        [29, 8],
        [20, 10],
        [10, 13],
        [0, 16],
      ]),
      NOW,
    );
    expect(view.forecast?.slopePerDay).toBeGreaterThan(0);
    expect(view.forecast?.suggestedQuota).toBeGreaterThanOrEqual(
      view.upgradeOptions.quota.quota?.min ?? Infinity,
    );
  });

  test('only the days the region has lived count: 6 days of steep history give none', () => {
    expect(
      subscriptionView(
        region([
          [5, 8],
          [0, 16],
        ]),
        NOW,
      ).forecast,
    ).toBeNull();
    expect(
      subscriptionView(
        region([
          [6, 8],
          [0, 16],
        ]),
        NOW,
      ).forecast,
    ).not.toBeNull();
  });

  test('none for Basic or pay-per-use, nor once expired', () => {
    const rising: [number, number][] = [
      [29, 8],
      [0, 16],
    ];
    const expired = { ...region(rising), subscription: paidSub({ quota: 20, daysLeft: -1 }) };
    expect(subscriptionView(expired, NOW).forecast).toBeNull();
    for (const sub of [basicSub(), payPerUseSub()]) {
      const state = { ...regionWith(sub), assetEvents: region(rising).assetEvents };
      expect(subscriptionView(state, NOW).forecast).toBeNull();
    }
  });
});

// ---- properties ---------------------------------------------------------------------------------

/** the least-squares value at day index t, in floating point */
function fitAt(totals: readonly number[], t: number): number {
  const n = totals.length;
  const mx = (n - 1) / 2;
  const my = totals.reduce((a, b) => a + b, 0) / n;
  let sxy = 0;
  let sxx = 0;
  totals.forEach((y, i) => {
    sxy += (i - mx) * (y - my);
    sxx += (i - mx) ** 2;
  });
  return my + (sxy / sxx) * (t - mx);
}

const totalsArb = (minLength = 7) =>
  fc.array(fc.integer({ min: 0, max: 2_000 }), { minLength, maxLength: 30 });
const nowArb = fc.integer({ min: Date.parse('2024-01-01'), max: Date.parse('2036-12-31') });
const EPS = 1e-6;

const inputArb = fc
  .record({
    totals: totalsArb(),
    nowMs: nowArb,
    quota: fc.integer({ min: 1, max: 3_000 }),
    daysLeft: fc.integer({ min: 1, max: 1_100 }),
    max: fc.integer({ min: 1, max: 10_000 }),
  })
  .map(({ totals, nowMs, quota, daysLeft, max }) => {
    const assets = totals.at(-1) ?? 0;
    const min = Math.max(assets, quota + 1);
    return { totals, nowMs, quota, assets, daysLeft, range: { min, max: Math.max(min, max) } };
  });

describe('forecast properties', () => {
  test.prop([totalsArb(0).filter((t) => t.length < 7), nowArb])(
    'none under 7 days of history',
    (totals, nowMs) => {
      expect(forecastAssets(input({ totals, nowMs }))).toBeNull();
    },
  );

  test.prop([totalsArb(), nowArb])('none for a flat or a falling series', (totals, nowMs) => {
    const falling = [...totals].sort((a, b) => b - a);
    expect(forecastAssets(input({ totals: falling, nowMs, assets: 0 }))).toBeNull();
    const flat = totals.map(() => totals[0] ?? 0);
    expect(forecastAssets(input({ totals: flat, nowMs, assets: 0 }))).toBeNull();
  });

  test.prop([inputArb])('never a date in the past, and 100 % never after 120 %', (given) => {
    const forecast = forecastAssets(given);
    if (!forecast) return;
    const today = utcDate(given.nowMs);
    expect(forecast.upgradeRequiredOn >= today).toBe(true);
    if (forecast.quotaReachedOn !== null) {
      expect(forecast.quotaReachedOn >= today).toBe(true);
      expect(forecast.quotaReachedOn <= forecast.upgradeRequiredOn).toBe(true);
    }
    expect(forecast.slopePerDay).toBeGreaterThan(0);
  });

  test.prop([inputArb, fc.integer({ min: 1, max: 50 })])(
    'monotone in the trend: a steeper rise to the same count today never gives a later date',
    (given, extra) => {
      // steeper by `extra` a day, pivoting on today: earlier days lower (kept ≥ 0 by a lift)
      const n = given.totals.length;
      const lift = extra * n;
      const base = given.totals.map((y) => y + lift);
      const steeper = base.map((y, i) => y + extra * (i - (n - 1)));
      const assets = given.assets + lift;
      const quota = given.quota + lift;
      const a = forecastAssets({ ...given, totals: base, assets, quota });
      const b = forecastAssets({ ...given, totals: steeper, assets, quota });
      if (!a) return;
      expect(b).not.toBeNull();
      expect(b!.upgradeRequiredOn <= a.upgradeRequiredOn).toBe(true);
      if (a.quotaReachedOn !== null && b!.quotaReachedOn !== null)
        expect(b!.quotaReachedOn <= a.quotaReachedOn).toBe(true);
    },
  );

  test.prop([inputArb])(
    'the suggested quota stays under 100 % until expiry, is the smallest that does, and is on offer',
    (given) => {
      const forecast = forecastAssets(given);
      if (!forecast) return;
      const { range, quota, assets, totals, daysLeft } = given;
      const atExpiry = fitAt(totals, totals.length - 1 + daysLeft);
      const suggested = forecast.suggestedQuota;
      if (suggested === null) {
        // the current quota lasts, or no quota on offer does
        const lasts = quota > assets && quota > atExpiry - EPS;
        expect(lasts || range.max <= Math.max(assets, atExpiry) + EPS).toBe(true);
        return;
      }
      expect(suggested).toBeGreaterThan(quota);
      expect(suggested).toBeGreaterThanOrEqual(range.min);
      expect(suggested).toBeLessThanOrEqual(range.max);
      expect(suggested > assets && suggested > atExpiry - EPS).toBe(true);
      // one less is below the range, or no longer stays under 100 %
      expect(suggested - 1 < range.min || suggested - 1 <= Math.max(assets, atExpiry) + EPS).toBe(
        true,
      );
    },
  );
});
