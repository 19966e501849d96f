import { describe, expect, test } from 'vitest';
import { advance, autoRenew, lifecycleMessages } from './advance';
import type { RegionId } from './catalog';
import type { MessageKind } from './contract';
import { subscriptionStatus } from './lifecycle';
import {
  basicSub,
  DAY,
  HOUR,
  NOW,
  paidSub,
  payPerUseSub,
  regionWith,
  worldWith,
} from './test-utils/fixtures';
import { toIso } from './time';
import { regionState, type World } from './world';

const autoRenewing = (daysLeft: number, months = 1, assets = 8, region: RegionId = 'cn-hangzhou') =>
  regionWith(paidSub({ region, daysLeft, autoRenew: true, autoRenewMonths: months }), {
    ecs: assets,
    external: 0,
  });

const kinds = (world: World, kind: MessageKind) => world.messages.filter((m) => m.kind === kind);

describe('auto-renew (R5): renews at expiry, as an order like any other', () => {
  test('nothing happens before expiry', () => {
    const world = worldWith([autoRenewing(10)]);
    expect(advance(world, NOW + 10 * DAY - 1).orders).toHaveLength(0);
  });

  test('at expiry a renew order is created and the expiry moves on', () => {
    const world = worldWith([autoRenewing(10)]);
    const expiry = NOW + 10 * DAY;
    const next = autoRenew(world, expiry);
    expect(next.orders).toHaveLength(1);
    const order = next.orders[0];
    expect(order).toMatchObject({
      type: 'renew',
      amount: 8_000,
      status: 'paid',
      region: 'cn-hangzhou',
      createdAt: toIso(expiry - 1),
    });
    expect(order?.items[0]?.description).toMatch(/^Auto-renew: /);
    const sub = regionState(next, 'cn-hangzhou').subscription;
    expect(sub.expiresAt).toBe('2025-04-20T08:00:00.000Z');
    expect(sub.version).toBe(2);
    expect(subscriptionStatus(sub, expiry)).toBe('active');
    expect(kinds(advance(world, expiry), 'payment-succeeded')).toHaveLength(1);
  });

  test('a yearly auto-renew bills 10 months', () => {
    const next = autoRenew(worldWith([autoRenewing(1, 12)]), NOW + 2 * DAY);
    expect(next.orders[0]?.amount).toBe(80_000);
    expect(regionState(next, 'cn-hangzhou').subscription.expiresAt).toBe(
      '2026-03-11T08:00:00.000Z',
    );
  });

  test('as often as the clock has passed expiry', () => {
    const next = autoRenew(worldWith([autoRenewing(10)]), NOW + 45 * DAY);
    expect(next.orders).toHaveLength(2);
    expect(regionState(next, 'cn-hangzhou').subscription.expiresAt).toBe(
      '2025-05-20T08:00:00.000Z',
    );
  });

  test('not while an upgrade is required (R7): the subscription expires instead', () => {
    const world = worldWith([autoRenewing(10, 1, 12)]);
    const next = advance(world, NOW + 11 * DAY);
    expect(next.orders).toHaveLength(0);
    expect(subscriptionStatus(regionState(next, 'cn-hangzhou').subscription, NOW + 11 * DAY)).toBe(
      'expired',
    );
  });

  test('not without the switch, and never for Basic or pay-per-use', () => {
    const world = worldWith([
      regionWith(paidSub({ daysLeft: 1, autoRenewMonths: 1 })),
      regionWith(payPerUseSub('us-east-1', { autoRenew: true, autoRenewMonths: 1 })),
    ]);
    expect(autoRenew(world, NOW + 30 * DAY)).toBe(world);
    const basic = worldWith([
      regionWith(basicSub('cn-hangzhou', { autoRenew: true, autoRenewMonths: 1 })),
    ]);
    expect(autoRenew(basic, NOW + 30 * DAY)).toBe(basic);
  });

  test('orders stay newest first when several regions renew', () => {
    const world = worldWith([autoRenewing(10), autoRenewing(5, 1, 8, 'ap-southeast-1')]);
    const next = advance(world, NOW + 40 * DAY);
    expect(next.orders).toHaveLength(3);
    const times = next.orders.map((o) => o.createdAt);
    expect(times).toEqual([...times].sort().reverse());
  });

  test('advancing twice to the same instant changes nothing more', () => {
    const once = advance(worldWith([autoRenewing(10)]), NOW + 45 * DAY);
    expect(advance(once, NOW + 45 * DAY)).toBe(once);
  });
});

describe('lifecycle messages, each sent once per subscription, kind and expiry', () => {
  test('R1 a renewal reminder when expiring, once', () => {
    const world = worldWith([regionWith(paidSub({ daysLeft: 5 }))]);
    const first = lifecycleMessages(world, NOW);
    const reminders = kinds(first, 'renewal-reminder');
    expect(reminders).toHaveLength(1);
    expect(reminders[0]).toMatchObject({
      region: 'cn-hangzhou',
      read: false,
      params: { daysLeft: 5 },
    });
    expect(reminders[0]?.title).toContain('5 days');
    expect(lifecycleMessages(first, NOW + 2 * DAY)).toBe(first);
  });

  test('R1 none while active, a new one for the next expiry after a renewal', () => {
    const world = worldWith([autoRenewing(20)]);
    expect(lifecycleMessages(world, NOW + 12 * DAY).messages).toHaveLength(0);
    const reminded = lifecycleMessages(world, NOW + 14 * DAY);
    expect(kinds(reminded, 'renewal-reminder')).toHaveLength(1);
    // auto-renewed at expiry; a month later the new expiry comes close
    const renewed = advance(reminded, NOW + 20 * DAY);
    expect(kinds(renewed, 'renewal-reminder')).toHaveLength(1);
    const later = advance(renewed, NOW + 20 * DAY + 25 * DAY);
    expect(kinds(later, 'renewal-reminder')).toHaveLength(2);
  });

  test('R2/R3 expired, then R4 data removed', () => {
    const world = worldWith([regionWith(paidSub({ daysLeft: 1 }))]);
    const expired = advance(world, NOW + 2 * DAY);
    expect(kinds(expired, 'expired')).toHaveLength(1);
    expect(kinds(expired, 'expired')[0]?.params).toEqual({ retentionEndsAt: toIso(NOW + 4 * DAY) });
    expect(advance(expired, NOW + 3 * DAY)).toBe(expired);
    const released = advance(expired, NOW + 4 * DAY);
    expect(kinds(released, 'data-removed')).toHaveLength(1);
    expect(advance(released, NOW + 100 * DAY)).toBe(released);
  });

  test('R7 upgrade required, once, when assets reach 120 %', () => {
    const world = worldWith([regionWith(paidSub(), { ecs: 12, external: 0 })]);
    const sent = lifecycleMessages(world, NOW);
    expect(kinds(sent, 'upgrade-required')).toHaveLength(1);
    expect(kinds(sent, 'upgrade-required')[0]?.params).toEqual({ assets: 12, quota: 10 });
    expect(lifecycleMessages(sent, NOW + HOUR)).toBe(sent);
    expect(
      lifecycleMessages(worldWith([regionWith(paidSub(), { ecs: 11, external: 0 })]), NOW).messages,
    ).toHaveLength(0);
  });

  test('Basic and pay-per-use get none', () => {
    const world = worldWith([regionWith(payPerUseSub(), { ecs: 500, external: 0 })]);
    expect(lifecycleMessages(world, NOW + 1000 * DAY)).toBe(world);
  });
});
