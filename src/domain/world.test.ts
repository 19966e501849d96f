import { describe, expect, test } from 'vitest';
import { healthyWorld, HZ, NOW } from './test-utils/fixtures';
import {
  currentAssets,
  findBySubscriptionId,
  nextId,
  regionState,
  withRegion,
  WorldSchema,
} from './world';

describe('World', () => {
  test('the fixture world parses with WorldSchema', () => {
    expect(WorldSchema.safeParse(healthyWorld()).success).toBe(true);
  });
  test('regions are found by id and by subscription id', () => {
    const world = healthyWorld();
    expect(regionState(world, 'cn-hangzhou').subscription.id).toBe(HZ);
    expect(findBySubscriptionId(world, HZ)?.region).toBe('cn-hangzhou');
    expect(findBySubscriptionId(world, 'nope')).toBeUndefined();
    expect(() => regionState({ ...world, regions: [] }, 'cn-hangzhou')).toThrow();
  });
  test('the current asset count is the last event', () => {
    expect(currentAssets(regionState(healthyWorld(), 'cn-hangzhou'))).toEqual({
      ecs: 6,
      external: 2,
    });
  });
  test('withRegion replaces one region immutably', () => {
    const world = healthyWorld();
    const state = regionState(world, 'us-east-1');
    const next = withRegion(world, { ...state, data: { ...state.data, tags: 99 } });
    expect(regionState(next, 'us-east-1').data.tags).toBe(99);
    expect(regionState(world, 'us-east-1').data.tags).toBe(0);
    expect(regionState(next, 'cn-hangzhou')).toBe(regionState(world, 'cn-hangzhou'));
  });
  test('nextId counts up and carries the UTC date', () => {
    const [a, w1] = nextId(healthyWorld(), 'ORD', NOW);
    const [b] = nextId(w1, 'msg', NOW);
    expect(a).toBe('ORD-20250310-00001');
    expect(b).toBe('msg-20250310-00002');
  });
});
