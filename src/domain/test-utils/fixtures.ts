/**
 * Test fixtures for the domain: a fixed clock and small builders for subscriptions,
 * regions and worlds, so each test states only what it is about.
 */
import { DAY_MS, REGION_IDS, type RegionId } from '../catalog';
import type { Order, OrderRequest, RetainedData, Subscription } from '../contract';
import { toIso } from '../time';
import { EMPTY_DATA, WORLD_SCHEMA_VERSION, type RegionState, type World } from '../world';

/** The fixed clock of the domain tests: a Monday, mid-month, mid-morning UTC. */
export const NOW = Date.parse('2025-03-10T08:00:00.000Z');
export const DAY = DAY_MS;
export const HOUR = 3_600_000;

export const SHORT: Record<RegionId, string> = {
  'cn-hangzhou': 'hz',
  'ap-southeast-1': 'sg',
  'eu-central-1': 'fra',
  'us-east-1': 'use',
};
export const subIdOf = (region: RegionId): string => `sub-${SHORT[region]}`;

export const SOME_DATA: RetainedData = {
  assetGroups: 4,
  tags: 12,
  quarantinedFiles: 3,
  vulnerabilityWhitelist: 7,
  baselinePolicies: 5,
  baselineWhitelist: 2,
  assetFingerprints: 184,
};

/** A Basic (free) subscription. */
export function basicSub(
  region: RegionId = 'cn-hangzhou',
  over: Partial<Subscription> = {},
): Subscription {
  return {
    id: subIdOf(region),
    region,
    edition: 'basic',
    billingMode: 'free',
    quota: null,
    expiresAt: null,
    startedAt: null,
    autoRenew: false,
    autoRenewMonths: null,
    tags: [],
    packs: [],
    version: 1,
    ...over,
  };
}

/** A subscription-billed edition expiring `daysLeft` days after `now` (may be negative). */
export function paidSub(
  opts: {
    region?: RegionId;
    edition?: 'standard' | 'professional';
    quota?: number;
    daysLeft?: number;
    now?: number;
    startedDaysAgo?: number;
  } & Partial<Subscription> = {},
): Subscription {
  const {
    region = 'cn-hangzhou',
    edition = 'standard',
    quota = 10,
    daysLeft = 200,
    now = NOW,
    startedDaysAgo = 165,
    ...over
  } = opts;
  return {
    ...basicSub(region),
    edition,
    billingMode: 'subscription',
    quota,
    expiresAt: toIso(now + daysLeft * DAY),
    startedAt: toIso(now - startedDaysAgo * DAY),
    tags: [{ key: 'env', value: 'production' }],
    ...over,
  };
}

/** A pay-per-use Professional edition. */
export function payPerUseSub(
  region: RegionId = 'cn-hangzhou',
  over: Partial<Subscription> = {},
): Subscription {
  return {
    ...basicSub(region),
    edition: 'professional',
    billingMode: 'pay-per-use',
    startedAt: toIso(NOW - 90 * DAY),
    ...over,
  };
}

/** A region holding `sub` with `ecs` + `external` billable assets now. */
export function regionWith(
  sub: Subscription,
  assets: { ecs?: number; external?: number } = {},
  data: RetainedData = sub.billingMode === 'free' ? { ...EMPTY_DATA } : { ...SOME_DATA },
): RegionState {
  const { ecs = 6, external = 2 } = assets;
  return {
    region: sub.region,
    subscription: sub,
    data,
    assetEvents: [
      { at: toIso(NOW - 20 * DAY), ecs: Math.max(0, ecs - 2), external },
      { at: toIso(NOW - 60_000), ecs, external },
    ],
  };
}

/** A world of four regions: the given ones, Basic elsewhere. */
export function worldWith(regions: RegionState[] = [], over: Partial<World> = {}): World {
  return {
    schemaVersion: WORLD_SCHEMA_VERSION,
    account: { id: 'acct-1', name: 'Test Account' },
    scenario: 'healthy',
    role: 'admin',
    clockOffsetMs: 0,
    latencyMs: 0,
    failureRate: 0,
    regions: REGION_IDS.map(
      (id) =>
        regions.find((r) => r.region === id) ?? regionWith(basicSub(id), { ecs: 2, external: 0 }),
    ),
    orders: [],
    messages: [],
    sentMessageKeys: [],
    quoteDocuments: [],
    idempotency: {},
    seq: 0,
    purchaseRequests: [],
    ...over,
  };
}

/** A paid order of a subscription, `daysAgo` days before NOW. */
export function paidOrder(
  sub: Subscription,
  amount: number,
  daysAgo: number,
  over: Partial<Order> = {},
): Order {
  return {
    id: `ORD-T-${sub.id}-${daysAgo}`,
    type: 'upgrade',
    region: sub.region,
    subscriptionId: sub.id,
    amount,
    currency: 'USD',
    items: [{ description: 'test order', amount }],
    status: 'paid',
    createdAt: toIso(NOW - daysAgo * DAY),
    edition: sub.edition,
    ...over,
  };
}

/** The healthy world of SPEC §2: cn-hangzhou Standard, quota 10, 8 assets, 200 days left. */
export function healthyWorld(over: Partial<World> = {}): World {
  return worldWith([regionWith(paidSub(), { ecs: 6, external: 2 })], over);
}

export const HZ = subIdOf('cn-hangzhou');

/** Order requests with sensible defaults for the cn-hangzhou subscription at version 1. */
export const req = {
  renew: (over: Partial<Extract<OrderRequest, { type: 'renew' }>> = {}): OrderRequest => ({
    type: 'renew',
    subscriptionId: HZ,
    expectedVersion: 1,
    disclaimerAccepted: true,
    validity: { unit: 'month', count: 1 },
    ...over,
  }),
  upgrade: (over: Partial<Extract<OrderRequest, { type: 'upgrade' }>> = {}): OrderRequest => ({
    type: 'upgrade',
    subscriptionId: HZ,
    expectedVersion: 1,
    disclaimerAccepted: true,
    method: 'quota',
    ...over,
  }),
  pack: (
    over: Partial<Extract<OrderRequest, { type: 'value-added-pack' }>> = {},
  ): OrderRequest => ({
    type: 'value-added-pack',
    subscriptionId: HZ,
    expectedVersion: 1,
    disclaimerAccepted: true,
    pack: 'log-storage-100gb',
    quantity: 1,
    ...over,
  }),
  unsubscribe: (
    over: Partial<Extract<OrderRequest, { type: 'unsubscribe' }>> = {},
  ): OrderRequest => ({
    type: 'unsubscribe',
    subscriptionId: HZ,
    expectedVersion: 1,
    ...over,
  }),
};
