/**
 * Contract tests of issue 24's purchase requests through the mock's handlers: every endpoint,
 * status and error, paying one with an order, and expiry stored as the world advances.
 */
import { describe, expect, test } from 'vitest';
import {
  MessagesResponseSchema,
  OrderResultSchema,
  PurchaseRequestListSchema,
  PurchaseRequestViewSchema,
  SubscriptionViewSchema,
  type ScenarioName,
} from '@/domain/contract';
import { subscriptionIdOf } from './scenarios';
import { DAY, NOW, useApi, type Api } from './test-utils/api';
import { renewBody, upgradeBody } from './test-utils/bodies';

const HZ = subscriptionIdOf('cn-hangzhou');
// a request is asked for without the Disclaimer (the payer accepts it)
const increase = (over: Record<string, unknown> = {}) =>
  upgradeBody({ disclaimerAccepted: false, ...over });
const renew = (over: Record<string, unknown> = {}) =>
  renewBody({ disclaimerAccepted: false, ...over });

async function setUp(
  api: Api,
  name: ScenarioName = 'healthy',
  role: 'admin' | 'readonly' = 'readonly',
) {
  expect((await api.post('/demo/scenario', { name })).status).toBe(200);
  expect((await api.patch('/demo', { role })).status).toBe(200);
}

async function ask(api: Api, order: unknown, note?: string) {
  const res = await api.post('/purchase-requests', { order, ...(note !== undefined && { note }) });
  expect(res.status).toBe(201);
  return PurchaseRequestViewSchema.parse(res.body);
}

function expectCode(res: { status: number; body: unknown }, status: number, code: string) {
  const body = res.body as { error: { code: string; message: string; field?: string } };
  expect({ status: res.status, code: body.error.code }).toEqual({ status, code });
  expect(body.error.message.length).toBeGreaterThan(10);
  return body.error;
}

describe('POST /purchase-requests', () => {
  test('a readonly user asks: 201, open, quoted, a message to the admins; listed newest first', async () => {
    const api = useApi();
    await setUp(api);
    const first = await ask(api, increase(), '  Assets grow fast  ');
    expect(first).toMatchObject({
      status: 'open',
      subscriptionId: HZ,
      region: 'cn-hangzhou',
      note: 'Assets grow fast',
      requestedBy: 'readonly',
      createdAt: new Date(NOW).toISOString(),
      currentAmount: first.quotedAmount,
      actions: { pay: false, decline: false },
    });
    expect(first.id).toMatch(/^PR-\d{8}-\d{5}$/);
    expect(first.quotedAmount).toBeGreaterThan(0);
    const second = await ask(api, renew());
    expect(second.note).toBeNull();
    const list = PurchaseRequestListSchema.parse((await api.get('/purchase-requests')).body);
    expect(list.items.map((r) => r.id)).toEqual([second.id, first.id]);
    const one = await api.get(`/purchase-requests/${first.id}`);
    expect(PurchaseRequestViewSchema.parse(one.body).id).toBe(first.id);
    const messages = MessagesResponseSchema.parse((await api.get('/messages')).body);
    expect(messages.items[0]).toMatchObject({
      kind: 'purchase-request',
      region: 'cn-hangzhou',
      params: { requestId: second.id, orderType: 'renew' },
    });
    // an admin sees what it may do
    await api.patch('/demo', { role: 'admin' });
    const asAdmin = PurchaseRequestViewSchema.parse(
      (await api.get(`/purchase-requests/${first.id}`)).body,
    );
    expect(asAdmin.actions).toEqual({ pay: true, decline: true });
  });

  test('an admin may ask too (a colleague pays)', async () => {
    const api = useApi();
    await setUp(api, 'healthy', 'admin');
    expect((await ask(api, renew())).requestedBy).toBe('admin');
  });

  test('refused as the order would be, with the field inside `order`; nothing changes', async () => {
    const api = useApi();
    await setUp(api, 'upgrade-required');
    await api.get('/session');
    const before = api.raw();
    expectCode(await api.post('/purchase-requests', { order: renew() }), 409, 'UPGRADE_REQUIRED');
    const below = expectCode(
      await api.post('/purchase-requests', { order: increase({ quota: 12 }) }),
      422,
      'QUOTA_BELOW_ASSETS',
    );
    expect(below.field).toBe('order.quota');
    const stale = expectCode(
      await api.post('/purchase-requests', { order: increase({ expectedVersion: 7 }) }),
      409,
      'VERSION_CONFLICT',
    );
    expect(stale.field).toBe('order.expectedVersion');
    const unknown = expectCode(
      await api.post('/purchase-requests', { order: increase({ subscriptionId: 'sas-nope' }) }),
      404,
      'NOT_FOUND',
    );
    expect(unknown.field).toBe('order.subscriptionId');
    expect(api.raw()).toBe(before);
  });

  test('the body is validated: unsubscribe, a note over 500, unknown fields, bad JSON', async () => {
    const api = useApi();
    await setUp(api);
    const unsubscribe = { type: 'unsubscribe', subscriptionId: HZ, expectedVersion: 1 };
    expectCode(
      await api.post('/purchase-requests', { order: unsubscribe }),
      422,
      'VALIDATION_FAILED',
    );
    const note = expectCode(
      await api.post('/purchase-requests', { order: renew(), note: 'x'.repeat(501) }),
      422,
      'VALIDATION_FAILED',
    );
    expect(note.field).toBe('note');
    const extra = expectCode(
      await api.post('/purchase-requests', { order: renew({ purchaseRequestId: 'PR-1' }) }),
      422,
      'VALIDATION_FAILED',
    );
    expect(extra.field).toBe('order.purchaseRequestId');
    expectCode(await api.post('/purchase-requests', '{"order":'), 400, 'MALFORMED_JSON');
    expectCode(await api.get('/purchase-requests/PR-nope'), 404, 'NOT_FOUND');
  });
});

describe('POST /purchase-requests/:id/decline', () => {
  test('an admin declines an open one with a reason; readonly is 403; not open is 409', async () => {
    const api = useApi();
    await setUp(api);
    const asked = await ask(api, renew());
    const forbidden = expectCode(
      await api.post(`/purchase-requests/${asked.id}/decline`, { reason: 'no' }),
      403,
      'FORBIDDEN',
    );
    expect(forbidden).toMatchObject({ details: { helpUrl: '/help/permissions' } });
    await api.patch('/demo', { role: 'admin' });
    const blank = expectCode(
      await api.post(`/purchase-requests/${asked.id}/decline`, { reason: '   ' }),
      422,
      'VALIDATION_FAILED',
    );
    expect(blank.field).toBe('reason');
    expectCode(
      await api.post(`/purchase-requests/${asked.id}/decline`, { reason: 'x'.repeat(501) }),
      422,
      'VALIDATION_FAILED',
    );
    const declined = await api.post(`/purchase-requests/${asked.id}/decline`, {
      reason: 'Budget is frozen until April',
    });
    expect(declined.status).toBe(200);
    expect(PurchaseRequestViewSchema.parse(declined.body)).toMatchObject({
      status: 'declined',
      declineReason: 'Budget is frozen until April',
      declinedBy: 'admin',
      actions: { pay: false, decline: false },
    });
    expectCode(
      await api.post(`/purchase-requests/${asked.id}/decline`, { reason: 'again' }),
      409,
      'PURCHASE_REQUEST_NOT_OPEN',
    );
    expectCode(
      await api.order({ ...renew({ disclaimerAccepted: true }), purchaseRequestId: asked.id }),
      409,
      'PURCHASE_REQUEST_NOT_OPEN',
    );
    expectCode(
      await api.post('/purchase-requests/PR-nope/decline', { reason: 'x' }),
      404,
      'NOT_FOUND',
    );
  });
});

describe('paying a request (POST /orders with purchaseRequestId)', () => {
  test('the order pays it: paid with its order id, once; the readonly user cannot pay it', async () => {
    const api = useApi();
    await setUp(api);
    const asked = await ask(api, increase());
    const body = { ...increase({ disclaimerAccepted: true }), purchaseRequestId: asked.id };
    expectCode(await api.order(body), 403, 'FORBIDDEN');
    await api.patch('/demo', { role: 'admin' });
    const placed = await api.order(body, 'pay-pr');
    expect(placed.status).toBe(201);
    const { order } = OrderResultSchema.parse(placed.body);
    expect(order.amount).toBe(asked.quotedAmount);
    const paid = PurchaseRequestViewSchema.parse(
      (await api.get(`/purchase-requests/${asked.id}`)).body,
    );
    expect(paid).toMatchObject({ status: 'paid', orderId: order.id });
    // the same key replays the same order; a new attempt is refused: never two orders
    expect((await api.order(body, 'pay-pr')).status).toBe(200);
    expectCode(await api.order({ ...body, expectedVersion: 2 }), 409, 'PURCHASE_REQUEST_NOT_OPEN');
    expectCode(
      await api.order({ ...body, expectedVersion: 2, purchaseRequestId: 'PR-nope' }),
      404,
      'NOT_FOUND',
    );
  });

  test("no tags keep the subscription's: naming them is the same choice, removing them is not", async () => {
    const api = useApi();
    await setUp(api);
    const { tags } = SubscriptionViewSchema.parse(
      (await api.get(`/subscriptions/${HZ}`)).body,
    ).subscription;
    expect(tags.length).toBeGreaterThan(0);
    const asked = await ask(api, increase());
    await api.patch('/demo', { role: 'admin' });
    const removing = await api.order({
      ...increase({ disclaimerAccepted: true, tags: [] }),
      purchaseRequestId: asked.id,
    });
    expect(removing.status).toBe(422);
    expect(removing.body).toMatchObject({ error: { code: 'PURCHASE_REQUEST_MISMATCH' } });
    const placed = await api.order({
      ...increase({ disclaimerAccepted: true, tags }),
      purchaseRequestId: asked.id,
    });
    expect(placed.status).toBe(201);
  });
});

describe('expiry, stored as the world advances', () => {
  test('another purchase makes it moot: expired with the rule an order would break', async () => {
    const api = useApi();
    await setUp(api);
    const asked = await ask(api, increase({ quota: 12 }));
    await api.patch('/demo', { role: 'admin' });
    expect((await api.order(increase({ quota: 15, disclaimerAccepted: true }))).status).toBe(201);
    const list = PurchaseRequestListSchema.parse((await api.get('/purchase-requests')).body);
    expect(list.items[0]).toMatchObject({
      id: asked.id,
      status: 'expired',
      expiredReason: { code: 'QUOTA_DECREASE_NOT_ALLOWED' },
      currentAmount: null,
      actions: { pay: false, decline: false },
    });
    expect(list.items[0]?.closedAt).toBeDefined();
  });

  test('released: a renewal request expires with SUBSCRIPTION_RELEASED', async () => {
    const api = useApi();
    await setUp(api, 'expiring-soon');
    const asked = await ask(api, renew());
    await api.patch('/demo', { now: new Date(NOW + 10 * DAY).toISOString() });
    const one = PurchaseRequestViewSchema.parse(
      (await api.get(`/purchase-requests/${asked.id}`)).body,
    );
    expect(one).toMatchObject({
      status: 'expired',
      expiredReason: { code: 'SUBSCRIPTION_RELEASED' },
    });
    // the stored world holds it expired: not recomputed per page
    expect(api.raw()).toContain('"SUBSCRIPTION_RELEASED"');
  });

  test('older than 30 days: expired as REQUEST_TOO_OLD', async () => {
    const api = useApi();
    await setUp(api);
    const asked = await ask(api, renew());
    await api.patch('/demo', { now: new Date(NOW + 29 * DAY).toISOString() });
    expect(
      PurchaseRequestViewSchema.parse((await api.get(`/purchase-requests/${asked.id}`)).body)
        .status,
    ).toBe('open');
    await api.patch('/demo', { now: new Date(NOW + 31 * DAY).toISOString() });
    expect(
      PurchaseRequestViewSchema.parse((await api.get(`/purchase-requests/${asked.id}`)).body),
    ).toMatchObject({ status: 'expired', expiredReason: { code: 'REQUEST_TOO_OLD' } });
  });

  test('the open-request scenario holds one open request and its message', async () => {
    const api = useApi();
    await setUp(api, 'open-request', 'admin');
    const list = PurchaseRequestListSchema.parse((await api.get('/purchase-requests')).body);
    expect(list.items).toHaveLength(1);
    expect(list.items[0]).toMatchObject({ status: 'open', actions: { pay: true, decline: true } });
    const messages = MessagesResponseSchema.parse((await api.get('/messages')).body);
    expect(messages.items.some((m) => m.kind === 'purchase-request')).toBe(true);
  });
});
