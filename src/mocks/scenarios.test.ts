import { describe, expect, test } from 'vitest';
import { placeOrder } from '@/domain/orders/place';
import { buildScenario, subscriptionIdOf } from './scenarios';

const NOW = Date.parse('2026-11-23T08:00:00.000Z');

describe('seeded orders look like orders placed through the API', () => {
  test('a seeded purchase carries the same line-item key and params as a new purchase', () => {
    const world = buildScenario('multi-region', NOW);
    const byRegion = (region: string) => world.orders.find((o) => o.region === region);
    expect(byRegion('cn-hangzhou')?.items[0]).toMatchObject({
      key: 'newPurchase',
      params: { edition: 'standard', quota: 10, unit: 'year', count: 1, billedMonths: 10 },
    });
    expect(byRegion('eu-central-1')?.items[0]).toMatchObject({
      key: 'payPerUse',
      params: { edition: 'professional', rate: 3 },
    });
    // the same shape the API gives a purchase from Basic
    const basic = buildScenario('basic-only', NOW);
    const placed = placeOrder(
      basic,
      {
        type: 'upgrade',
        method: 'edition',
        edition: 'standard',
        quota: 10,
        validity: { unit: 'year', count: 1 },
        subscriptionId: subscriptionIdOf('cn-hangzhou'),
        expectedVersion: 1,
        disclaimerAccepted: true,
      },
      'k',
      NOW,
    );
    if (!placed.ok) throw new Error(placed.error.code);
    expect(Object.keys(placed.value.order.items[0]?.params ?? {}).sort()).toEqual(
      Object.keys(byRegion('cn-hangzhou')?.items[0]?.params ?? {}).sort(),
    );
  });
});
