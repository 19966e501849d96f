import { describe, expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import type { Order } from '../contract';
import { termPrice } from '../pricing';
import {
  basicSub,
  DAY,
  NOW,
  paidSub,
  payPerUseSub,
  regionWith,
  worldWith,
} from '../test-utils/fixtures';
import { expectOk, expectRefused } from '../test-utils/result';
import { addValidity, toIso } from '../time';
import { placeOrder } from './place';
import { planUnsubscribe, refundLine, termPaidOrders, unsubscribeRefund } from './unsubscribe';

/** An order paid `paidDaysAgo` days before NOW covering [from, to] (days relative to NOW). */
function order(
  id: string,
  amount: number,
  paidDaysAgo: number,
  span: { from: number; to: number } | null,
  over: Partial<Order> = {},
): Order {
  return {
    id,
    type: 'upgrade',
    region: 'cn-hangzhou',
    subscriptionId: 'sub-hz',
    amount,
    currency: 'USD',
    items: [{ description: 'test', amount }],
    status: 'paid',
    createdAt: toIso(NOW - paidDaysAgo * DAY),
    edition: 'standard',
    ...(span && { span: { from: toIso(NOW + span.from * DAY), to: toIso(NOW + span.to * DAY) } }),
    ...over,
  };
}

describe('R18 unsubscribe refund: cash paid for the current term minus what was consumed', () => {
  test('the SPEC example: 3 years of Standard × 10 for 240 000 cents, 6 days later refunds 238 686', () => {
    const bought = NOW - 6 * DAY;
    const expires = addValidity(bought, { unit: 'year', count: 3 });
    expect((expires - bought) / DAY).toBe(1096);
    const paid = termPrice('standard', 10, { unit: 'year', count: 3 });
    expect(paid).toBe(240_000);
    const sub = paidSub({ expiresAt: toIso(expires), startedAt: toIso(bought) });
    const purchase = order('ORD-1', paid, 6, null, {
      span: { from: toIso(bought), to: toIso(expires) },
    });
    const refund = unsubscribeRefund(sub, [purchase], NOW);
    expect(refund.lines).toEqual([
      {
        orderId: 'ORD-1',
        paid: 240_000,
        consumed: 1_314,
        refund: 238_686,
        elapsedDays: 6,
        spanDays: 1096,
      },
    ]);
    expect(refund.amount).toBe(238_686);
  });

  test('the old defect: the refund of that term no longer exceeds what was paid (it was 286 685)', () => {
    const bought = NOW - 6 * DAY;
    const expires = addValidity(bought, { unit: 'year', count: 3 });
    const sub = paidSub({ expiresAt: toIso(expires), startedAt: toIso(bought) });
    const plan = expectOk(
      planUnsubscribe(regionWith(sub), [order('ORD-1', 240_000, 6, { from: -6, to: 1090 })], NOW),
    );
    expect(-plan.quote.amount).toBeLessThanOrEqual(240_000);
  });

  test('every paid order of the term counts, itemised with its id, paid, consumed and refund', () => {
    const sub = paidSub({ daysLeft: 100, startedDaysAgo: 265 });
    const orders = [
      order('ORD-3', 3_000, 2, { from: -2, to: 100 }), // a quota increase two days ago: consumed nothing
      order('ORD-2', 80_000, 100, { from: -100, to: 100 }, { type: 'renew' }),
      order('ORD-1', 80_000, 265, { from: -265, to: -100 }),
    ];
    const plan = expectOk(planUnsubscribe(regionWith(sub), orders, NOW));
    // oldest first: the purchase fully consumed, the renewal half, the recent order not at all
    expect(
      plan.quote.items.map((i) => [
        i.params?.orderId,
        i.params?.paid,
        i.params?.consumed,
        i.amount,
      ]),
    ).toEqual([
      ['ORD-1', 80_000, 80_000, -0],
      ['ORD-2', 80_000, 40_000, -40_000],
      ['ORD-3', 3_000, 0, -3_000],
    ]);
    expect(plan.quote.amount).toBe(-43_000);
    expect(plan.quote.items.every((i) => i.key === 'refund')).toBe(true);
    expect(plan.quote.items[1]?.description).toBe(
      'Refund of order ORD-2: paid 800.00 USD, consumed 400.00 USD (100 of 200 days)',
    );
  });

  test('a renewal bought early has consumed nothing until its span starts', () => {
    const early = order('ORD-R', 80_000, 30, { from: 60, to: 425 }, { type: 'renew' });
    expect(refundLine(early, NOW)).toMatchObject({ consumed: 0, refund: 80_000, elapsedDays: 0 });
  });

  test('an order paid within the last 5 days has consumed nothing; a moment after, whole days count', () => {
    const recent = order('ORD-X', 36_500, 0, { from: 0, to: 365 });
    expect(refundLine(recent, NOW + 5 * DAY).consumed).toBe(0);
    expect(refundLine(recent, NOW + 5 * DAY + 1).consumed).toBe(500);
    expect(refundLine(recent, NOW + 6 * DAY - 1).consumed).toBe(500); // whole days, rounded down
  });

  test('orders of other subscriptions, of an earlier term, refunds and free orders do not count', () => {
    const sub = paidSub({ daysLeft: 120, startedDaysAgo: 10 });
    const orders = [
      order('OTHER', 5_000, 1, { from: -1, to: 100 }, { subscriptionId: 'sub-sg' }),
      order('REFUND', -100, 1, null, { type: 'unsubscribe' }),
      order('FREE', 0, 1, null),
      order('EARLIER', 9_000, 11, { from: -11, to: 100 }),
      order('THIS', 9_000, 9, { from: -9, to: 120 }),
    ];
    expect(termPaidOrders(orders, sub).map((o) => o.id)).toEqual(['THIS']);
  });

  test('pay-per-use refunds nothing; an expired term is fully consumed', () => {
    const ppu = payPerUseSub();
    expect(
      unsubscribeRefund(ppu, [order('P', 500, 90, null, { subscriptionId: ppu.id })], NOW).amount,
    ).toBe(0);
    const expired = paidSub({ daysLeft: -1, startedDaysAgo: 366 });
    const plan = expectOk(
      planUnsubscribe(regionWith(expired), [order('E', 80_000, 366, { from: -366, to: -1 })], NOW),
    );
    expect(plan.quote.amount).toBe(-0);
  });

  test('nothing paid in the term: one line saying so, for 0', () => {
    const plan = expectOk(planUnsubscribe(regionWith(paidSub()), [], NOW));
    expect(plan.quote.amount).toBe(-0);
    expect(plan.quote.items).toEqual([expect.objectContaining({ key: 'refundNone', amount: 0 })]);
  });

  test('the region returns to Basic', () => {
    const plan = expectOk(planUnsubscribe(regionWith(paidSub()), [], NOW));
    expect(plan.next).toMatchObject({
      edition: 'basic',
      billingMode: 'free',
      quota: null,
      expiresAt: null,
      startedAt: null,
      autoRenew: false,
      packs: [],
    });
  });

  test('NOT_SUBSCRIBED for Basic and once released', () => {
    expectRefused(planUnsubscribe(regionWith(basicSub()), [], NOW), 'NOT_SUBSCRIBED', {
      status: 409,
    });
    expectRefused(
      planUnsubscribe(regionWith(paidSub({ daysLeft: -4 })), [], NOW),
      'NOT_SUBSCRIBED',
    );
  });

  test('through placeOrder: the order records the refund lines and the amount is their sum', () => {
    const bought = NOW - 6 * DAY;
    const expires = addValidity(bought, { unit: 'year', count: 3 });
    const sub = paidSub({ expiresAt: toIso(expires), startedAt: toIso(bought) });
    const world = worldWith([regionWith(sub)], {
      orders: [
        order('ORD-1', 240_000, 6, null, { span: { from: toIso(bought), to: toIso(expires) } }),
      ],
    });
    const placed = expectOk(
      placeOrder(
        world,
        { type: 'unsubscribe', subscriptionId: sub.id, expectedVersion: sub.version },
        'k',
        NOW,
      ),
    );
    expect(placed.order.amount).toBe(-238_686);
    expect(placed.order.items.reduce((s, i) => s + i.amount, 0)).toBe(placed.order.amount);
  });
});

const DAYS_3Y = 1100;

describe('R18 properties', () => {
  const paidOrder = fc.record({
    amount: fc.integer({ min: 1, max: 5_000_000 }),
    paidDaysAgo: fc.integer({ min: 0, max: DAYS_3Y }),
    from: fc.integer({ min: -DAYS_3Y, max: DAYS_3Y }),
    length: fc.integer({ min: 0, max: DAYS_3Y }),
  });

  test.prop([fc.array(paidOrder, { maxLength: 12 }), fc.integer({ min: -400, max: 2 * DAYS_3Y })])(
    'a refund is never more than was paid, never less than 0, and its lines add up',
    (specs, nowShiftDays) => {
      const sub = paidSub({ startedDaysAgo: DAYS_3Y + 1 });
      const orders = specs.map((o, i) =>
        order(`O${i}`, o.amount, o.paidDaysAgo, { from: o.from, to: o.from + o.length }),
      );
      const now = NOW + nowShiftDays * DAY;
      const refund = unsubscribeRefund(sub, orders, now);
      const paid = orders.reduce((s, o) => s + o.amount, 0);
      expect(refund.amount).toBeGreaterThanOrEqual(0);
      expect(refund.amount).toBeLessThanOrEqual(paid);
      expect(refund.lines.reduce((s, l) => s + l.refund, 0)).toBe(refund.amount);
      for (const l of refund.lines) {
        expect(l.consumed).toBeGreaterThanOrEqual(0);
        expect(l.consumed).toBeLessThanOrEqual(l.paid);
        expect(l.refund).toBe(l.paid - l.consumed);
      }
    },
  );

  test.prop([
    paidOrder,
    fc.integer({ min: 0, max: DAYS_3Y }),
    fc.integer({ min: 0, max: DAYS_3Y }),
  ])('what an order has consumed only grows with time', (o, a, b) => {
    const paid = order('O', o.amount, o.paidDaysAgo, { from: o.from, to: o.from + o.length });
    const [early, late] = a <= b ? [a, b] : [b, a];
    expect(refundLine(paid, NOW + early * DAY).consumed).toBeLessThanOrEqual(
      refundLine(paid, NOW + late * DAY).consumed,
    );
  });
});
