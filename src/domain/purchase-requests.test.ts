import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { advance } from './advance';
import type { OrderRequest, PurchaseRequest, RequestableOrder } from './contract';
import { choicesOf } from './fingerprint';
import { placeOrder } from './orders/place';
import {
  checkPayable,
  createPurchaseRequest,
  declinePurchaseRequest,
  expirePurchaseRequests,
  purchaseRequestView,
} from './purchase-requests';
import {
  DAY,
  healthyWorld,
  HZ,
  NOW,
  paidSub,
  regionWith,
  req,
  worldWith,
} from './test-utils/fixtures';
import { expectOk, expectRefused } from './test-utils/result';
import { findBySubscriptionId, regionState, WorldSchema, type World } from './world';

const asRequestable = (order: OrderRequest): RequestableOrder => {
  if (order.type === 'unsubscribe') throw new Error('not requestable');
  const { purchaseRequestId: _, ...rest } = order;
  return { ...rest, disclaimerAccepted: false };
};
const ask = (world: World, order: OrderRequest, nowMs = NOW) =>
  createPurchaseRequest(world, { order: asRequestable(order) }, 'readonly', nowMs);
const readonly = healthyWorld({ role: 'readonly' });
const paying = (order: OrderRequest, id: string) =>
  ({ ...order, purchaseRequestId: id }) as OrderRequest;
const version = (world: World) => regionState(world, 'cn-hangzhou').subscription.version;

describe('createPurchaseRequest', () => {
  test('open, quoted on the current state, with a message; the Disclaimer is not needed', () => {
    const { world, request } = expectOk(ask(readonly, req.upgrade({ quota: 13 })));
    expect(request).toMatchObject({
      status: 'open',
      subscriptionId: HZ,
      region: 'cn-hangzhou',
      requestedBy: 'readonly',
      note: null,
      order: { disclaimerAccepted: false, quota: 13 },
    });
    expect(request.quotedAmount).toBeGreaterThan(0);
    expect(world.purchaseRequests[0]).toEqual(request);
    expect(world.messages[0]).toMatchObject({
      kind: 'purchase-request',
      params: { requestId: request.id },
    });
  });

  test('refused as the order would be, the field named inside `order`', () => {
    expectRefused(ask(readonly, req.upgrade({ quota: 5 })), 'QUOTA_DECREASE_NOT_ALLOWED', {
      field: 'order.quota',
    });
    expectRefused(ask(readonly, req.renew({ expectedVersion: 9 })), 'VERSION_CONFLICT', {
      field: 'order.expectedVersion',
    });
    expectRefused(ask(readonly, req.renew({ subscriptionId: 'nope' })), 'NOT_FOUND', {
      field: 'order.subscriptionId',
    });
  });
});

describe('declinePurchaseRequest', () => {
  test('admin only, a reason, open only', () => {
    const { world, request } = expectOk(ask(readonly, req.renew()));
    expectRefused(declinePurchaseRequest(world, request.id, 'no', 'x', NOW), 'FORBIDDEN');
    const admin = { ...world, role: 'admin' as const };
    expectRefused(declinePurchaseRequest(admin, request.id, ' ', 'x', NOW), 'VALIDATION_FAILED', {
      field: 'reason',
    });
    expectRefused(declinePurchaseRequest(admin, 'PR-nope', 'no', 'x', NOW), 'NOT_FOUND');
    const declined = expectOk(declinePurchaseRequest(admin, request.id, ' Budget ', 'boss', NOW));
    expect(declined.request).toMatchObject({
      status: 'declined',
      declineReason: 'Budget',
      declinedBy: 'boss',
    });
    expectRefused(
      declinePurchaseRequest(declined.world, request.id, 'again', 'boss', NOW),
      'PURCHASE_REQUEST_NOT_OPEN',
      { status: 409 },
    );
  });
});

describe('paying', () => {
  test('an order with the same choices pays it; other choices are refused', () => {
    const asked = expectOk(ask(readonly, req.upgrade({ quota: 13 })));
    const admin = { ...asked.world, role: 'admin' as const };
    const id = asked.request.id;
    expectRefused(
      checkPayable(admin, paying(req.upgrade({ quota: 14 }), id)),
      'PURCHASE_REQUEST_MISMATCH',
      { field: 'purchaseRequestId' },
    );
    expect(expectOk(checkPayable(admin, req.upgrade({ quota: 14 })))).toBeUndefined();
    const placed = expectOk(placeOrder(admin, paying(req.upgrade({ quota: 13 }), id), 'k', NOW));
    expect(placed.world.purchaseRequests[0]).toMatchObject({
      status: 'paid',
      orderId: placed.order.id,
    });
    expect(placed.order.amount).toBe(asked.request.quotedAmount);
  });

  test("a request without tags keeps the subscription's: an order naming them pays it", () => {
    // the Upgrade wizard sends the subscription's tags; a request made elsewhere may name none
    const asked = expectOk(ask(readonly, req.upgrade({ quota: 13 })));
    const admin = { ...asked.world, role: 'admin' as const };
    const id = asked.request.id;
    const tags = findBySubscriptionId(admin, HZ)!.subscription.tags;
    expect(tags.length).toBeGreaterThan(0);
    expectRefused(
      checkPayable(admin, paying(req.upgrade({ quota: 13, tags: [] }), id)),
      'PURCHASE_REQUEST_MISMATCH',
    );
    const placed = expectOk(
      placeOrder(admin, paying(req.upgrade({ quota: 13, tags }), id), 'k', NOW),
    );
    expect(placed.world.purchaseRequests[0]).toMatchObject({ status: 'paid' });
  });

  test('choices ignore the version, the Disclaimer, the request and quote paid, and empty tags', () => {
    expect(choicesOf(req.upgrade({ quota: 13, tags: [] }))).toBe(
      choicesOf({ ...req.upgrade({ quota: 13, expectedVersion: 5 }), disclaimerAccepted: false }),
    );
    // a request paid on a quote document of the same choices is still exactly its choices
    expect(choicesOf(req.renew())).toBe(
      choicesOf({ ...req.renew(), purchaseRequestId: 'PR-1', quoteId: 'Q-1' }),
    );
    expect(choicesOf(req.renew())).not.toBe(
      choicesOf(req.renew({ validity: { unit: 'year', count: 1 } })),
    );
  });
});

describe('expiry', () => {
  test('unchanged when nothing expires (the same world: a read stores nothing)', () => {
    const { world } = expectOk(ask(readonly, req.renew()));
    expect(expirePurchaseRequests(world, NOW + DAY)).toBe(world);
    expect(advance(world, NOW + DAY).purchaseRequests[0]?.status).toBe('open');
  });

  test('released: the renewal order would be refused, so the request expires with that code', () => {
    const soon = worldWith([regionWith(paidSub({ daysLeft: 5 }), { ecs: 6, external: 2 })], {
      role: 'readonly',
    });
    const { world, request } = expectOk(ask(soon, req.renew()));
    const later = advance(world, NOW + 9 * DAY);
    const expired = later.purchaseRequests.find((r) => r.id === request.id);
    expect(expired).toMatchObject({
      status: 'expired',
      expiredReason: { code: 'SUBSCRIPTION_RELEASED' },
    });
    expect(purchaseRequestView(later, expired as PurchaseRequest, NOW).actions).toEqual({
      pay: false,
      decline: false,
    });
  });

  test('older than 30 days', () => {
    const { world } = expectOk(ask(readonly, req.pack()));
    expect(expirePurchaseRequests(world, NOW + 30 * DAY).purchaseRequests[0]?.status).toBe('open');
    expect(expirePurchaseRequests(world, NOW + 31 * DAY).purchaseRequests[0]).toMatchObject({
      status: 'expired',
      expiredReason: { code: 'REQUEST_TOO_OLD' },
    });
  });

  test('a stored world written before requests existed loads with none', () => {
    const { purchaseRequests: _, ...old } = healthyWorld();
    const parsed = WorldSchema.parse(JSON.parse(JSON.stringify(old)));
    expect(parsed.purchaseRequests).toEqual([]);
  });
});

describe('the requester hears back: one message when a request is paid, declined or expires', () => {
  const about = (world: World, id: string) =>
    world.messages.filter((m) => m.kind !== 'purchase-request' && m.params?.requestId === id);

  test('paid: "was paid" with the order; a replayed payment sends none', () => {
    const asked = expectOk(ask(readonly, req.upgrade({ quota: 13 })));
    const admin = { ...asked.world, role: 'admin' as const };
    const id = asked.request.id;
    const order = paying(req.upgrade({ quota: 13 }), id);
    const placed = expectOk(placeOrder(admin, order, 'k', NOW));
    const sent = about(placed.world, id);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({
      kind: 'purchase-request-paid',
      region: 'cn-hangzhou',
      title: `Purchase request ${id} was paid`,
      params: { requestId: id, orderId: placed.order.id, orderType: 'upgrade' },
      read: false,
    });
    expect(sent[0]?.body).toContain(placed.order.id);
    // the payment's own message too, as for any order
    expect(placed.world.messages.filter((m) => m.kind === 'payment-succeeded')).toHaveLength(1);

    const replayed = expectOk(placeOrder(placed.world, order, 'k', NOW + 1000));
    expect(replayed.replayed).toBe(true);
    expect(replayed.world.messages).toEqual(placed.world.messages);
    expect(about(replayed.world, id)).toHaveLength(1);
  });

  test('declined: with the admin’s reason and who declined', () => {
    const asked = expectOk(ask(readonly, req.renew()));
    const admin = { ...asked.world, role: 'admin' as const };
    const id = asked.request.id;
    const { world } = expectOk(declinePurchaseRequest(admin, id, ' Budget frozen ', 'boss', NOW));
    const sent = about(world, id);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({
      kind: 'purchase-request-declined',
      title: `Purchase request ${id} was declined`,
      body: 'Declined by boss: Budget frozen',
      params: { requestId: id, declinedBy: 'boss', reason: 'Budget frozen' },
    });
    // a refused decline changes nothing, so sends nothing
    expect(declinePurchaseRequest(world, id, 'again', 'boss', NOW).ok).toBe(false);
  });

  test('expired: with the reason’s code and words, once however often the world advances', () => {
    const soon = worldWith([regionWith(paidSub({ daysLeft: 5 }), { ecs: 6, external: 2 })], {
      role: 'readonly',
    });
    const { world, request } = expectOk(ask(soon, req.renew()));
    const later = advance(world, NOW + 9 * DAY);
    const sent = about(later, request.id);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({
      kind: 'purchase-request-expired',
      title: `Purchase request ${request.id} expired`,
      params: { requestId: request.id, reasonCode: 'SUBSCRIPTION_RELEASED' },
    });
    expect(sent[0]?.params?.reason).toBe(
      later.purchaseRequests.find((r) => r.id === request.id)?.expiredReason?.message,
    );
    expect(about(advance(advance(later, NOW + 9 * DAY), NOW + 40 * DAY), request.id)).toHaveLength(
      1,
    );
  });

  test('expired for its age: REQUEST_TOO_OLD, one message per request expired', () => {
    const first = expectOk(ask(readonly, req.pack()));
    const second = expectOk(ask(first.world, req.renew(), NOW + 1000));
    const expired = expirePurchaseRequests(second.world, NOW + 31 * DAY);
    for (const { request } of [first, second]) {
      expect(about(expired, request.id)).toEqual([
        expect.objectContaining({
          kind: 'purchase-request-expired',
          params: expect.objectContaining({ reasonCode: 'REQUEST_TOO_OLD' }) as unknown,
        }),
      ]);
    }
    // the newest request's message on top
    expect(expired.messages[0]?.params?.requestId).toBe(second.request.id);
  });
});

// ---- the lifecycle over random sequences ------------------------------------------------------

type Op =
  | { kind: 'ask'; order: 'renew' | 'quota' | 'pack'; quota: number }
  | { kind: 'decline'; pick: number }
  | { kind: 'pay'; pick: number; same: boolean }
  | { kind: 'buy'; quota: number }
  | { kind: 'clock'; days: number };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    kind: fc.constant('ask' as const),
    order: fc.constantFrom('renew' as const, 'quota' as const, 'pack' as const),
    quota: fc.integer({ min: 8, max: 40 }),
  }),
  fc.record({ kind: fc.constant('decline' as const), pick: fc.nat(20) }),
  fc.record({ kind: fc.constant('pay' as const), pick: fc.nat(20), same: fc.boolean() }),
  fc.record({ kind: fc.constant('buy' as const), quota: fc.integer({ min: 8, max: 40 }) }),
  fc.record({ kind: fc.constant('clock' as const), days: fc.integer({ min: 1, max: 40 }) }),
);

function orderFor(world: World, op: Extract<Op, { kind: 'ask' }>): OrderRequest {
  const expectedVersion = version(world);
  if (op.order === 'renew') return req.renew({ expectedVersion });
  if (op.order === 'pack') return req.pack({ expectedVersion });
  return req.upgrade({ expectedVersion, quota: op.quota });
}

const ORDER = { open: 0, paid: 1, declined: 1, expired: 1 } as const;

describe('lifecycle properties', () => {
  test('status only moves open → paid | declined | expired; paid ⇔ an order of its choices; one order per request', () => {
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 25 }), (ops) => {
        let world = healthyWorld();
        let now = NOW;
        let n = 0;
        for (const op of ops) {
          const before = new Map(world.purchaseRequests.map((r) => [r.id, r]));
          let next = world;
          if (op.kind === 'ask') {
            const out = ask({ ...world, role: 'readonly' }, orderFor(world, op), now);
            if (out.ok) next = { ...out.value.world, role: 'admin' };
          } else if (op.kind === 'decline') {
            const target = world.purchaseRequests[op.pick % (world.purchaseRequests.length || 1)];
            const out = target && declinePurchaseRequest(world, target.id, 'no', 'admin', now);
            if (out?.ok) next = out.value.world;
          } else if (op.kind === 'pay') {
            const target = world.purchaseRequests[op.pick % (world.purchaseRequests.length || 1)];
            if (target) {
              const order = op.same
                ? { ...target.order, expectedVersion: version(world), disclaimerAccepted: true }
                : req.renew({
                    expectedVersion: version(world),
                    validity: { unit: 'year', count: 3 },
                  });
              const out = placeOrder(world, paying(order, target.id), `k${++n}`, now);
              if (out.ok) next = out.value.world;
            }
          } else if (op.kind === 'buy') {
            const out = placeOrder(
              world,
              req.upgrade({ expectedVersion: version(world), quota: op.quota }),
              `k${++n}`,
              now,
            );
            if (out.ok) next = out.value.world;
          } else {
            now += op.days * DAY;
          }
          world = advance(next, now);
          for (const request of world.purchaseRequests) {
            const was = before.get(request.id);
            // never back to open, never from one closed status to another
            if (was && was.status !== 'open') expect(request).toEqual(was);
            if (was) expect(ORDER[request.status]).toBeGreaterThanOrEqual(ORDER[was.status]);
            const orders = world.orders.filter((o) => o.id === request.orderId);
            if (request.status === 'paid') {
              expect(orders).toHaveLength(1);
              expect(orders[0]?.subscriptionId).toBe(request.subscriptionId);
            } else {
              expect(request.orderId).toBeUndefined();
            }
            // the requester heard back once when it closed, never while it is open
            const closed = world.messages.filter(
              (m) => m.kind !== 'purchase-request' && m.params?.requestId === request.id,
            );
            expect(closed.map((m) => m.kind)).toEqual(
              request.status === 'open' ? [] : [`purchase-request-${request.status}`],
            );
            expect(request.status === 'declined').toBe(request.declineReason !== undefined);
            expect(request.status === 'expired').toBe(request.expiredReason !== undefined);
          }
          // never two requests paid by one order, nor one request by two
          const paidBy = world.purchaseRequests.flatMap((r) => (r.orderId ? [r.orderId] : []));
          expect(new Set(paidBy).size).toBe(paidBy.length);
          // an order that paid a request has the request's choices: its amount is today's quote of them
          expect(WorldSchema.safeParse(world).success).toBe(true);
        }
      }),
      { numRuns: 150 },
    );
  });
});
