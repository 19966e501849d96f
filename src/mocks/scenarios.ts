/** The named demo scenarios of SPEC §2; every date relative to `nowMs`. */
import { DAY_MS, EDITIONS, REGIONS, type EditionId, type RegionId } from '@/domain/catalog';
import type { Order, RetainedData, ScenarioName, Subscription } from '@/domain/contract';
import { MAX_IDEMPOTENCY_KEYS } from '@/domain/orders/place';
import { termPrice } from '@/domain/pricing';
import { createPurchaseRequest } from '@/domain/purchase-requests';
import { toIso } from '@/domain/time';
import {
  EMPTY_DATA,
  nextId,
  regionState,
  WORLD_SCHEMA_VERSION,
  type AssetEvent,
  type RegionState,
  type World,
} from '@/domain/world';

type Plan = {
  edition: EditionId;
  billingMode?: Subscription['billingMode'];
  quota?: number;
  daysLeft?: number;
  ecs: number;
  external: number;
  /** the last 30 days: a steady climb in steps (default), flat, or a daily rise from half today's count */
  trend?: Trend;
};

type Trend = 'climb' | 'flat' | 'rising';

const SHORT: Record<RegionId, string> = {
  'cn-hangzhou': 'hz',
  'ap-southeast-1': 'sg',
  'eu-central-1': 'fra',
  'us-east-1': 'use',
};

export const subscriptionIdOf = (region: RegionId): string => `sas-${SHORT[region]}-0001`;

const BASIC: Plan = { edition: 'basic', ecs: 2, external: 0 };

/** Asset counts over the last 30 days, ending at today's count in the shape of `trend`. */
function history(ecs: number, external: number, nowMs: number, trend: Trend): AssetEvent[] {
  // the rising trend moves every day, so the Overview's forecast has a clear line to follow
  const [steps, gapDays] = trend === 'rising' ? [30, 1] : [6, 5];
  const start = trend === 'flat' ? 1 : trend === 'rising' ? 0.5 : 0.6;
  return Array.from({ length: steps }, (_, k) => {
    const f = start + ((1 - start) * k) / (steps - 1);
    const isLast = k === steps - 1;
    return {
      at: toIso(isLast ? nowMs - 60_000 : nowMs - (29 - k * gapDays) * DAY_MS),
      ecs: isLast ? ecs : Math.round(ecs * f),
      external: isLast ? external : Math.round(external * f),
    };
  });
}

function retained(total: number): RetainedData {
  return {
    assetGroups: 4,
    tags: 12,
    quarantinedFiles: 3,
    vulnerabilityWhitelist: 7,
    baselinePolicies: 5,
    baselineWhitelist: 2,
    assetFingerprints: total * 23,
  };
}

function regionFrom(
  region: RegionId,
  plan: Plan,
  nowMs: number,
): { state: RegionState; order?: Omit<Order, 'id'> } {
  const id = subscriptionIdOf(region);
  const billingMode = plan.billingMode ?? (plan.edition === 'basic' ? 'free' : 'subscription');
  const subscription: Subscription = {
    id,
    region,
    edition: plan.edition,
    billingMode,
    quota: billingMode === 'subscription' ? (plan.quota ?? 10) : null,
    expiresAt:
      billingMode === 'subscription' ? toIso(nowMs + (plan.daysLeft ?? 200) * DAY_MS) : null,
    startedAt: null,
    autoRenew: false,
    autoRenewMonths: null,
    tags: billingMode === 'free' ? [] : [{ key: 'env', value: 'production' }],
    packs: [],
    version: 1,
  };
  let order: Omit<Order, 'id'> | undefined;
  if (billingMode !== 'free') {
    // bought a year before expiry (pay-per-use: 90 days ago)
    const boughtAt = subscription.expiresAt
      ? Date.parse(subscription.expiresAt) - 365 * DAY_MS
      : nowMs - 90 * DAY_MS;
    subscription.startedAt = toIso(boughtAt);
    const amount =
      subscription.quota === null
        ? 0
        : termPrice(plan.edition, subscription.quota, { unit: 'year', count: 1 });
    order = {
      type: 'upgrade',
      region,
      subscriptionId: id,
      amount,
      currency: 'USD',
      items: [
        {
          description:
            subscription.quota === null
              ? `New purchase: ${EDITIONS[plan.edition].name} edition, pay-per-use`
              : `New purchase: ${EDITIONS[plan.edition].name} edition, ${subscription.quota} assets × 1 year (billed 10 months)`,
          amount,
          // the same key and params as an order placed through the API, so the UI words it
          ...(subscription.quota === null
            ? {
                key: 'payPerUse',
                params: { edition: plan.edition, rate: EDITIONS[plan.edition].hourlyPrice ?? 0 },
              }
            : {
                key: 'newPurchase',
                params: {
                  edition: plan.edition,
                  quota: subscription.quota,
                  unit: 'year',
                  count: 1,
                  billedMonths: 10,
                },
              }),
        },
      ],
      status: 'paid',
      createdAt: toIso(boughtAt),
      edition: plan.edition,
      ...(subscription.expiresAt && {
        span: { from: toIso(boughtAt), to: subscription.expiresAt },
      }),
    };
  }
  const total = plan.ecs + plan.external;
  return {
    state: {
      region,
      subscription,
      data: billingMode === 'free' ? { ...EMPTY_DATA } : retained(total),
      assetEvents: history(plan.ecs, plan.external, nowMs, plan.trend ?? 'climb'),
    },
    order,
  };
}

// a healthy account is steady: no growth forecast (issue 24); the threshold stories keep their climb
const HEALTHY: Plan = {
  edition: 'standard',
  quota: 10,
  daysLeft: 200,
  ecs: 6,
  external: 2,
  trend: 'flat',
};

const PLANS: Record<ScenarioName, Partial<Record<RegionId, Plan>>> = {
  healthy: { 'cn-hangzhou': HEALTHY },
  'near-threshold': { 'cn-hangzhou': { ...HEALTHY, ecs: 8, external: 3, trend: 'climb' } },
  'upgrade-required': {
    'cn-hangzhou': { ...HEALTHY, daysLeft: 120, ecs: 10, external: 3, trend: 'climb' },
  },
  'expiring-soon': { 'cn-hangzhou': { ...HEALTHY, daysLeft: 5 } },
  'expired-retention': { 'cn-hangzhou': { ...HEALTHY, daysLeft: -1 } },
  released: { 'cn-hangzhou': { ...HEALTHY, daysLeft: -4 } },
  'basic-only': {},
  'multi-region': {
    'cn-hangzhou': HEALTHY,
    'ap-southeast-1': { edition: 'professional', quota: 50, daysLeft: 300, ecs: 36, external: 6 },
    'eu-central-1': { edition: 'professional', billingMode: 'pay-per-use', ecs: 14, external: 3 },
    'us-east-1': { edition: 'basic', ecs: 3, external: 1 },
  },
  readonly: { 'cn-hangzhou': HEALTHY },
  // issue 24: 16 of 20 assets, doubled in 30 days: 100 % and 120 % reached well before expiry
  'rising-trend': {
    'cn-hangzhou': { ...HEALTHY, quota: 20, daysLeft: 150, ecs: 13, external: 3, trend: 'rising' },
  },
  // issue 24: the rising trend, and a read-only engineer's open request to raise the quota
  'open-request': {
    'cn-hangzhou': { ...HEALTHY, quota: 20, daysLeft: 150, ecs: 13, external: 3, trend: 'rising' },
  },
};

/** The open-request scenario's request: Increase Quota 20 → 30, asked two days ago by the read-only user. */
function withOpenRequest(world: World, nowMs: number): World {
  const sub = regionState(world, 'cn-hangzhou').subscription;
  const asked = createPurchaseRequest(
    world,
    {
      order: {
        type: 'upgrade',
        method: 'quota',
        quota: 30,
        subscriptionId: sub.id,
        expectedVersion: sub.version,
        disclaimerAccepted: false,
      },
      note: 'The asset count doubled this month; we will pass the quota in a few weeks.',
    },
    'readonly',
    nowMs - 2 * DAY_MS,
  );
  return asked.ok ? asked.value.world : world;
}

export const SCENARIO_NAMES = Object.keys(PLANS) as ScenarioName[];

/**
 * A scenario's world. `keep` carries what must survive a scenario load: the demo clock, and the
 * id counter (order ids are never reused, not even after a reset).
 */
export function buildScenario(
  name: ScenarioName,
  nowMs: number,
  keep: { clockOffsetMs?: number; seq?: number } = {},
): World {
  const built = REGIONS.map((r) => regionFrom(r.id, PLANS[name][r.id] ?? BASIC, nowMs));
  let world: World = {
    schemaVersion: WORLD_SCHEMA_VERSION,
    account: { id: '1827-4410-9935', name: 'Acme Retail Ltd.' },
    scenario: name,
    role: name === 'readonly' ? 'readonly' : 'admin',
    clockOffsetMs: keep.clockOffsetMs ?? 0,
    latencyMs: 0,
    failureRate: 0,
    regions: built.map((b) => b.state),
    orders: [],
    messages: [],
    sentMessageKeys: [],
    quoteDocuments: [],
    idempotency: {},
    seq: keep.seq ?? 0,
    purchaseRequests: [],
  };
  const seeded = built
    .flatMap((b) => (b.order ? [b.order] : []))
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  for (const order of seeded) {
    const [id, numbered] = nextId(world, 'ORD', Date.parse(order.createdAt));
    world = { ...numbered, orders: [{ id, ...order }, ...numbered.orders] };
  }
  return name === 'open-request' ? withOpenRequest(world, nowMs) : world;
}

/**
 * A world that takes the place of `previous` (a scenario, a reset, a restored demo): ids go on
 * from the highest counter either held, every subscription's version from above the one it
 * replaces (a page opened before the change is refused, never applied to another state), and the
 * idempotency keys already used stay used (one key never makes two orders).
 */
export function carryOver(world: World, carry: { seq: number; previous?: World }): World {
  const before = new Map(carry.previous?.regions.map((r) => [r.region, r.subscription.version]));
  const keys = Object.entries({ ...carry.previous?.idempotency, ...world.idempotency });
  return {
    ...world,
    seq: Math.max(world.seq, carry.seq),
    idempotency: Object.fromEntries(keys.slice(-MAX_IDEMPOTENCY_KEYS)),
    regions: world.regions.map((r) => {
      const old = before.get(r.region);
      return old === undefined || r.subscription.version > old
        ? r
        : { ...r, subscription: { ...r.subscription, version: old + 1 } };
    }),
  };
}
