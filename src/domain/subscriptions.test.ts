import { describe, expect, test } from 'vitest';
import { patchSubscription } from './subscriptions';
import {
  basicSub,
  healthyWorld,
  HZ,
  NOW,
  paidSub,
  payPerUseSub,
  regionWith,
  worldWith,
} from './test-utils/fixtures';
import { expectOk, expectRefused } from './test-utils/result';
import { regionState } from './world';

describe('PATCH /subscriptions/:id — auto-renew (R5)', () => {
  test('switches auto-renew on with a validity in months and bumps the version', () => {
    const out = expectOk(
      patchSubscription(
        healthyWorld(),
        HZ,
        { autoRenew: true, autoRenewMonths: 12, expectedVersion: 1 },
        NOW,
      ),
    );
    expect(out.subscription).toMatchObject({ autoRenew: true, autoRenewMonths: 12, version: 2 });
    expect(regionState(out.world, 'cn-hangzhou').subscription).toEqual(out.subscription);
  });

  test('auto-renew without a validity defaults to 1 month; switching off keeps the chosen validity', () => {
    const on = expectOk(
      patchSubscription(healthyWorld(), HZ, { autoRenew: true, expectedVersion: 1 }, NOW),
    );
    expect(on.subscription).toMatchObject({ autoRenew: true, autoRenewMonths: 1 });
    const three = expectOk(
      patchSubscription(on.world, HZ, { autoRenewMonths: 3, expectedVersion: 2 }, NOW),
    );
    expect(three.subscription).toMatchObject({ autoRenew: true, autoRenewMonths: 3 });
    const off = expectOk(
      patchSubscription(three.world, HZ, { autoRenew: false, expectedVersion: 3 }, NOW),
    );
    expect(off.subscription).toMatchObject({ autoRenew: false, autoRenewMonths: 3, version: 4 });
  });

  test.each([1, 9, 12, 24, 36])('%i months is an auto-renew validity', (months) => {
    expectOk(
      patchSubscription(
        healthyWorld(),
        HZ,
        { autoRenew: true, autoRenewMonths: months, expectedVersion: 1 },
        NOW,
      ),
    );
  });
  test.each([0, 10, 11, 13, 48, -1])('%i months is refused', (months) => {
    expectRefused(
      patchSubscription(
        healthyWorld(),
        HZ,
        { autoRenew: true, autoRenewMonths: months, expectedVersion: 1 },
        NOW,
      ),
      'VALIDATION_FAILED',
      {
        status: 422,
        field: 'autoRenewMonths',
      },
    );
  });

  test('NOT_RENEWABLE for Basic, pay-per-use and a released subscription', () => {
    for (const sub of [basicSub(), payPerUseSub(), paidSub({ daysLeft: -4 })]) {
      const world = worldWith([regionWith(sub)]);
      expectRefused(
        patchSubscription(world, HZ, { autoRenew: true, expectedVersion: 1 }, NOW),
        'NOT_RENEWABLE',
        { status: 409, field: 'autoRenew' },
      );
    }
    // an expired subscription may still be set to auto-renew (it can be renewed)
    expectOk(
      patchSubscription(
        worldWith([regionWith(paidSub({ daysLeft: -1 }))]),
        HZ,
        { autoRenew: true, expectedVersion: 1 },
        NOW,
      ),
    );
  });
});

describe('PATCH /subscriptions/:id — tags (R12)', () => {
  test('replaces the tags', () => {
    const out = expectOk(
      patchSubscription(
        healthyWorld(),
        HZ,
        { tags: [{ key: '部门', value: '安全' }], expectedVersion: 1 },
        NOW,
      ),
    );
    expect(out.subscription.tags).toEqual([{ key: '部门', value: '安全' }]);
    expect(out.subscription.autoRenew).toBe(false);
  });
  test('tags can be set on Basic too', () => {
    expectOk(
      patchSubscription(
        worldWith(),
        HZ,
        { tags: [{ key: 'a', value: 'b' }], expectedVersion: 1 },
        NOW,
      ),
    );
  });
  test('bad tags are refused naming the tag', () => {
    expectRefused(
      patchSubscription(
        healthyWorld(),
        HZ,
        { tags: [{ key: 'a', value: 'v'.repeat(44) }], expectedVersion: 1 },
        NOW,
      ),
      'VALIDATION_FAILED',
      {
        field: 'tags.0.value',
      },
    );
  });
});

describe('PATCH /subscriptions/:id — refusals', () => {
  test('NOT_FOUND, R14 FORBIDDEN, VERSION_CONFLICT', () => {
    expectRefused(
      patchSubscription(healthyWorld(), 'nope', { expectedVersion: 1 }, NOW),
      'NOT_FOUND',
      { status: 404 },
    );
    const forbidden = expectRefused(
      patchSubscription(
        healthyWorld({ role: 'readonly' }),
        HZ,
        { autoRenew: true, expectedVersion: 1 },
        NOW,
      ),
      'FORBIDDEN',
      {
        status: 403,
      },
    );
    expect(forbidden.details).toMatchObject({ helpUrl: '/help/permissions' });
    expectRefused(
      patchSubscription(healthyWorld(), HZ, { autoRenew: true, expectedVersion: 2 }, NOW),
      'VERSION_CONFLICT',
      {
        status: 409,
        field: 'expectedVersion',
      },
    );
  });
  test('a refusal leaves the world as it was', () => {
    const world = healthyWorld();
    const before = structuredClone(world);
    expectRefused(
      patchSubscription(
        world,
        HZ,
        { tags: [{ key: '', value: '' }], autoRenew: true, expectedVersion: 1 },
        NOW,
      ),
      'VALIDATION_FAILED',
    );
    expect(world).toEqual(before);
  });
});

describe('PATCH /subscriptions/:id — nothing to change', () => {
  test('a PATCH that changes nothing keeps the version, so it causes no conflict elsewhere', () => {
    const world = healthyWorld();
    const same = expectOk(patchSubscription(world, HZ, { expectedVersion: 1 }, NOW));
    expect(same.subscription.version).toBe(1);
    expect(same.world).toBe(world);
    const tags = regionState(world, 'cn-hangzhou').subscription.tags;
    const sameTags = expectOk(patchSubscription(world, HZ, { tags, expectedVersion: 1 }, NOW));
    expect(sameTags.subscription.version).toBe(1);
    const changed = expectOk(patchSubscription(world, HZ, { tags: [], expectedVersion: 1 }, NOW));
    expect(changed.subscription.version).toBe(2);
  });
});
