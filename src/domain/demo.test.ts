import { describe, expect, test } from 'vitest';
import { checkRegion, patchDemo, setAssets } from './demo';
import { healthyWorld, NOW } from './test-utils/fixtures';
import { expectOk, expectRefused } from './test-utils/result';
import { toIso } from './time';
import { currentAssets, regionState } from './world';

describe('demo control: regions', () => {
  test('the four regions of SPEC §1', () => {
    expect(expectOk(checkRegion('eu-central-1'))).toBe('eu-central-1');
    expectRefused(checkRegion('mars-1'), 'VALIDATION_FAILED', { status: 422, field: 'region' });
    expectRefused(checkRegion(null), 'VALIDATION_FAILED', { field: 'region' });
    expectRefused(checkRegion(''), 'VALIDATION_FAILED', { field: 'region' });
  });
});

describe('demo control: asset counts', () => {
  test('sets the counts now, appended to the history', () => {
    const world = expectOk(setAssets(healthyWorld(), 'cn-hangzhou', 10, 2, NOW));
    const state = regionState(world, 'cn-hangzhou');
    expect(currentAssets(state)).toEqual({ ecs: 10, external: 2 });
    expect(state.assetEvents.at(-1)?.at).toBe(toIso(NOW));
    expect(state.assetEvents.length).toBe(3);
  });
  test('events after now (the clock moved back) are dropped', () => {
    const later = expectOk(setAssets(healthyWorld(), 'cn-hangzhou', 10, 2, NOW + 1000));
    const back = expectOk(setAssets(later, 'cn-hangzhou', 3, 0, NOW));
    expect(regionState(back, 'cn-hangzhou').assetEvents.map((e) => e.ecs)).toEqual([4, 6, 3]);
  });
  test('0 to 100 000 of each kind', () => {
    expectOk(setAssets(healthyWorld(), 'cn-hangzhou', 0, 100_000, NOW));
    expectRefused(setAssets(healthyWorld(), 'cn-hangzhou', -1, 0, NOW), 'VALIDATION_FAILED', {
      field: 'ecs',
    });
    expectRefused(setAssets(healthyWorld(), 'cn-hangzhou', 0, 100_001, NOW), 'VALIDATION_FAILED', {
      field: 'external',
    });
    expectRefused(setAssets(healthyWorld(), 'moon', 1, 1, NOW), 'VALIDATION_FAILED', {
      field: 'region',
    });
  });
});

describe('demo control: clock, role, faults', () => {
  test('moves the clock as an offset from real time; null returns to real time', () => {
    const moved = expectOk(patchDemo(healthyWorld(), { now: '2025-04-01T00:00:00.000Z' }, NOW));
    expect(moved.clockOffsetMs).toBe(Date.parse('2025-04-01T00:00:00.000Z') - NOW);
    expect(expectOk(patchDemo(moved, { now: null }, NOW)).clockOffsetMs).toBe(0);
  });
  test('switches the role', () => {
    expect(expectOk(patchDemo(healthyWorld(), { role: 'readonly' }, NOW)).role).toBe('readonly');
  });
  test('latency 0–10 000 ms; failure rate 0–1', () => {
    expect(
      expectOk(patchDemo(healthyWorld(), { latencyMs: 10_000, failureRate: 1 }, NOW)),
    ).toMatchObject({ latencyMs: 10_000, failureRate: 1 });
    expectRefused(patchDemo(healthyWorld(), { latencyMs: -1 }, NOW), 'VALIDATION_FAILED', {
      field: 'latencyMs',
    });
    expectRefused(patchDemo(healthyWorld(), { latencyMs: 10_001 }, NOW), 'VALIDATION_FAILED', {
      field: 'latencyMs',
    });
    expectRefused(patchDemo(healthyWorld(), { failureRate: 1.01 }, NOW), 'VALIDATION_FAILED', {
      field: 'failureRate',
    });
    expectRefused(patchDemo(healthyWorld(), { failureRate: -0.1 }, NOW), 'VALIDATION_FAILED', {
      field: 'failureRate',
    });
  });
  test('an empty patch changes nothing', () => {
    const world = healthyWorld();
    expect(expectOk(patchDemo(world, {}, NOW))).toBe(world);
  });
});
