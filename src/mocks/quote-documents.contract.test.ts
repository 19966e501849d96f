/**
 * Contract tests of issue 24's quote documents: POST /quote-documents, GET /quote-documents/:id
 * and POST /orders with `quoteId`, through the mock's handlers on msw/node with a fixed clock.
 */
import { describe, expect, test } from 'vitest';
import { ApiErrorBodySchema, OrderResultSchema, QuoteSchema } from '@/domain/contract';
import { QuoteDocumentSchema } from '@/domain/contract-quotes';
import { subscriptionIdOf } from './scenarios';
import { STORAGE_KEY } from './store';
import { DAY, NOW, useApi, type Api } from './test-utils/api';
import { upgradeBody } from './test-utils/bodies';

const HZ = subscriptionIdOf('cn-hangzhou');
const iso = (ms: number) => new Date(ms).toISOString();

/** healthy: cn-hangzhou Standard, quota 10, 8 assets, 200 days left, version 1 */
const upgrade = (over: Record<string, unknown> = {}) =>
  upgradeBody({ disclaimerAccepted: false, ...over });

async function create(api: Api, body: unknown = upgrade()) {
  const res = await api.post('/quote-documents', body);
  expect(res.status).toBe(201);
  return QuoteDocumentSchema.parse(res.body);
}

const read = async (api: Api, id: string) => {
  const res = await api.get(`/quote-documents/${id}`);
  expect(res.status).toBe(200);
  return QuoteDocumentSchema.parse(res.body);
};

function expectError(
  res: { status: number; body: unknown },
  status: number,
  code: string,
  field?: string,
) {
  const { error } = ApiErrorBodySchema.parse(res.body);
  expect({ status: res.status, code: error.code }).toEqual({ status, code });
  expect(error.message.length).toBeGreaterThan(10);
  if (field !== undefined) expect(error.field).toBe(field);
}

describe('POST /quote-documents', () => {
  test('201: a stored quote of the choices, priced as POST /quotes, valid 7 days', async () => {
    const api = useApi();
    const preview = QuoteSchema.parse((await api.post('/quotes', upgrade())).body);
    const doc = await create(api);
    expect(doc.id).toMatch(/^Q-20250310-\d{5}$/);
    expect(doc).toMatchObject({
      subscriptionId: HZ,
      region: 'cn-hangzhou',
      subscriptionVersion: 1,
      amount: preview.amount,
      items: preview.items,
      currency: 'USD',
      createdAt: iso(NOW),
      validUntil: iso(NOW + 7 * DAY),
      status: 'valid',
      change: 'none',
      current: { amount: preview.amount },
      order: { ...upgrade(), disclaimerAccepted: false },
    });
    expect(doc.account.name.length).toBeGreaterThan(0);
    expect(doc.items.reduce((sum, i) => sum + i.amount, 0)).toBe(doc.amount);
    expect(await read(api, doc.id)).toEqual(doc);
  });

  test('a readonly user may make one (it commits nothing), though not pay', async () => {
    const api = useApi();
    await api.patch('/demo', { role: 'readonly' });
    const doc = await create(api);
    expectError(
      await api.order({ ...upgrade({ disclaimerAccepted: true }), quoteId: doc.id }),
      403,
      'FORBIDDEN',
    );
  });

  test('ids are never reused', async () => {
    const api = useApi();
    const a = await create(api);
    const b = await create(api);
    expect(a.id).not.toBe(b.id);
  });

  test.each([
    ['a missing field', upgrade({ subscriptionId: undefined }), 'subscriptionId'],
    ['an unknown field', upgrade({ colour: 'red' }), 'colour'],
    ['a fraction', upgrade({ quota: 12.5 }), 'quota'],
    ['an unsubscribe', { type: 'unsubscribe', subscriptionId: HZ, expectedVersion: 1 }, 'type'],
    ['a quote of a quote', upgrade({ quoteId: 'Q-1' }), 'quoteId'],
  ])('422 VALIDATION_FAILED for %s, naming the field; nothing stored', async (_, body, field) => {
    const api = useApi();
    await api.get('/session');
    const before = api.raw();
    expectError(await api.post('/quote-documents', body), 422, 'VALIDATION_FAILED', field);
    expect(api.raw()).toBe(before);
  });

  test('400 MALFORMED_JSON', async () => {
    expectError(await useApi().post('/quote-documents', '{'), 400, 'MALFORMED_JSON');
  });

  test('the order’s rules: 404 unknown subscription, 409 stale version, 422 a rule', async () => {
    const api = useApi();
    expectError(
      await api.post('/quote-documents', upgrade({ subscriptionId: 'nope' })),
      404,
      'NOT_FOUND',
      'subscriptionId',
    );
    expectError(
      await api.post('/quote-documents', upgrade({ expectedVersion: 0 })),
      409,
      'VERSION_CONFLICT',
      'expectedVersion',
    );
    expectError(
      await api.post('/quote-documents', upgrade({ quota: 10_001 })),
      422,
      'QUOTA_LIMIT_EXCEEDED',
      'quota',
    );
  });
});

describe('GET /quote-documents/:id', () => {
  test('404 NOT_FOUND for an unknown id', async () => {
    expectError(await useApi().get('/quote-documents/Q-20250310-99999'), 404, 'NOT_FOUND');
  });

  test('expired after its validity: today’s price applies', async () => {
    const api = useApi();
    const doc = await create(api);
    api.clock.now = NOW + 7 * DAY + 1;
    const later = await read(api, doc.id);
    expect(later).toMatchObject({ status: 'expired', change: 'expired' });
    expect(later.current?.amount).toBeLessThan(doc.amount);
  });

  test('superseded once the subscription changed', async () => {
    const api = useApi();
    const doc = await create(api);
    expect((await api.order(upgrade({ quota: 11, disclaimerAccepted: true }))).status).toBe(201);
    expect(await read(api, doc.id)).toMatchObject({ status: 'superseded', change: 'superseded' });
  });

  test('refused today: no price, the refusal said', async () => {
    const api = useApi();
    const doc = await create(api);
    await api.put('/demo/assets', { region: 'cn-hangzhou', ecs: 14, external: 0 });
    expect(await read(api, doc.id)).toMatchObject({
      current: null,
      change: 'refused',
      refusal: { code: 'QUOTA_BELOW_ASSETS' },
    });
  });
});

describe('POST /orders with quoteId', () => {
  test('within validity on unchanged state: the quoted amount', async () => {
    const api = useApi();
    const doc = await create(api);
    const res = await api.order({ ...upgrade({ disclaimerAccepted: true }), quoteId: doc.id });
    expect(res.status).toBe(201);
    const { order } = OrderResultSchema.parse(res.body);
    expect(order.amount).toBe(doc.amount);
    expect(order.items).toEqual(doc.items);
  });

  test('fewer days remain: the lower price of today, never the quote’s higher one', async () => {
    const api = useApi();
    const doc = await create(api);
    api.clock.now = NOW + 3 * DAY;
    const view = await read(api, doc.id);
    expect(view).toMatchObject({ status: 'valid', change: 'lower' });
    const preview = QuoteSchema.parse(
      (await api.post('/quotes', { ...upgrade(), quoteId: doc.id })).body,
    );
    const { order } = OrderResultSchema.parse(
      (await api.order({ ...upgrade({ disclaimerAccepted: true }), quoteId: doc.id })).body,
    );
    expect(order.amount).toBeLessThan(doc.amount);
    expect(order.amount).toBe(view.current?.amount);
    expect(order.amount).toBe(preview.amount);
    expect(order.items.reduce((sum, i) => sum + i.amount, 0)).toBe(order.amount);
  });

  test('other choices than the quote’s: today’s price of those choices', async () => {
    const api = useApi();
    const doc = await create(api);
    const today = QuoteSchema.parse((await api.post('/quotes', upgrade({ quota: 14 }))).body);
    const { order } = OrderResultSchema.parse(
      (await api.order({ ...upgrade({ quota: 14, disclaimerAccepted: true }), quoteId: doc.id }))
        .body,
    );
    expect(order.amount).toBe(today.amount);
  });

  test('404 NOT_FOUND naming quoteId for an unknown quote; nothing bought', async () => {
    const api = useApi();
    await api.get('/session');
    const before = api.raw();
    expectError(
      await api.order({ ...upgrade({ disclaimerAccepted: true }), quoteId: 'Q-1' }),
      404,
      'NOT_FOUND',
      'quoteId',
    );
    expect(api.raw()).toBe(before);
  });
});

describe('stored worlds', () => {
  test('a world stored before quote documents loads as it is (no reset), then keeps them', async () => {
    const api = useApi();
    expect((await api.order(upgrade({ quota: 11, disclaimerAccepted: true }))).status).toBe(201);
    const stored = JSON.parse(api.raw() ?? '{}') as Record<string, unknown>;
    delete stored.quoteDocuments;
    api.storage.data.set(STORAGE_KEY, JSON.stringify(stored));
    const orders = (await api.get<{ items: unknown[] }>('/orders')).body.items;
    expect(orders).toHaveLength(2);
    const messages = await api.get<{ items: { kind: string }[] }>('/messages');
    expect(messages.body.items.map((m) => m.kind)).not.toContain('demo-data-reset');
    const doc = await create(api, upgrade({ expectedVersion: 2 }));
    expect(await read(api, doc.id)).toMatchObject({ status: 'valid' });
  });
});
