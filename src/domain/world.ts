/**
 * The whole state of the mocked world, as the store persists it. Pure data: the
 * domain functions take a World and the clock and return a new World.
 */
import { z } from './zod';
import { DAY_MS, DEMO_CLOCK, REGION_IDS, type RegionId } from './catalog';
import { addValidity } from './time';
import {
  MessageSchema,
  OrderSchema,
  RetainedDataSchema,
  RoleSchema,
  ScenarioNameSchema,
  PurchaseRequestSchema,
  SubscriptionSchema,
} from './contract';
import { StoredQuoteDocumentSchema } from './contract-quotes';

/** 2: orders carry the span they paid for (R18). Older stored worlds are migrated (src/mocks/migrations.ts). */
export const WORLD_SCHEMA_VERSION = 2;

export const AssetEventSchema = z.strictObject({
  at: z.iso.datetime(),
  ecs: z.int(),
  external: z.int(),
});

export const RegionStateSchema = z.strictObject({
  region: z.enum(REGION_IDS),
  subscription: SubscriptionSchema,
  /** configurations and data the region holds (R3): removed at release */
  data: RetainedDataSchema,
  /** asset counts over time, oldest first; the last one is the current count */
  assetEvents: z.array(AssetEventSchema).check(z.minLength(1)),
});

export const WorldSchema = z.strictObject({
  schemaVersion: z.literal(WORLD_SCHEMA_VERSION),
  account: z.strictObject({ id: z.string(), name: z.string() }),
  scenario: ScenarioNameSchema,
  role: RoleSchema,
  /** the demo clock: now = real time + offset */
  clockOffsetMs: z.number(),
  latencyMs: z.int(),
  failureRate: z.number(),
  regions: z.array(RegionStateSchema),
  /** newest first */
  orders: z.array(OrderSchema),
  /** newest first */
  messages: z.array(MessageSchema),
  /** keys of messages already sent: once per subscription, kind and expiry */
  sentMessageKeys: z.array(z.string()),
  /** Idempotency-Key → the request's fingerprint and the order it created */
  idempotency: z.record(
    z.string(),
    z.strictObject({ fingerprint: z.string(), orderId: z.string() }),
  ),
  /** a counter for ids */
  seq: z.int(),
  /**
   * issue 24: quote documents, newest first, the newest `QUOTE_DOCUMENTS.kept`. Optional, default
   * none: a world stored before them loads as it is (no schema version of their own).
   */
  quoteDocuments: z._default(z.array(StoredQuoteDocumentSchema), []),
  /**
   * issue 24: purchase requests, newest first. Optional in stored worlds (those written before it
   * load with none), so the schema version did not change.
   */
  purchaseRequests: z._default(z.array(PurchaseRequestSchema), []),
});

export type World = z.infer<typeof WorldSchema>;
/** A world as stored or built, before the schema's defaults fill what it leaves out. */
export type StoredWorld = z.input<typeof WorldSchema>;
export type RegionState = z.infer<typeof RegionStateSchema>;
export type AssetEvent = z.infer<typeof AssetEventSchema>;

export function regionState(world: World, region: RegionId): RegionState {
  const found = world.regions.find((r) => r.region === region);
  if (!found) throw new Error(`world has no region ${region}`);
  return found;
}

export function findBySubscriptionId(world: World, id: string): RegionState | undefined {
  return world.regions.find((r) => r.subscription.id === id);
}

export function currentAssets(state: RegionState): { ecs: number; external: number } {
  const last = state.assetEvents.at(-1);
  return last ? { ecs: last.ecs, external: last.external } : { ecs: 0, external: 0 };
}

/** Replaces one region's state, immutably. */
export function withRegion(world: World, next: RegionState): World {
  return { ...world, regions: world.regions.map((r) => (r.region === next.region ? next : r)) };
}

/** The next id of a kind, and the world with its counter moved on. */
export function nextId(world: World, prefix: string, nowMs: number): [string, World] {
  const seq = world.seq + 1;
  const day = new Date(nowMs).toISOString().slice(0, 10).replaceAll('-', '');
  return [`${prefix}-${day}-${String(seq).padStart(5, '0')}`, { ...world, seq }];
}

/**
 * The demo clock stays within one year before and ten years after real time (SPEC §2), so
 * auto-renewal and messages stay bounded.
 */
export function clockBounds(realNowMs: number): { min: number; max: number } {
  return {
    min: addValidity(realNowMs, { unit: 'year', count: -DEMO_CLOCK.yearsBefore }),
    max: addValidity(realNowMs, { unit: 'year', count: DEMO_CLOCK.yearsAfter }),
  };
}

export const isClockInBounds = (clockMs: number, realNowMs: number): boolean => {
  const { min, max } = clockBounds(realNowMs);
  return Number.isFinite(clockMs) && clockMs >= min && clockMs <= max;
};

/** Instants a stored world may hold: 20 years either side of real time (the clock's bounds and a term). */
const isPlausibleInstant = (iso: string | null, realNowMs: number): boolean =>
  iso === null || Math.abs(Date.parse(iso) - realNowMs) <= 20 * 366 * DAY_MS;

/**
 * What the schema cannot say of a stored world, checked on every load: each region exactly
 * once with its own subscription, a demo clock within bounds, and dates a term can reach.
 * Returns the first broken invariant in words, or undefined.
 */
export function brokenInvariant(world: World, realNowMs: number): string | undefined {
  const regions = world.regions.map((r) => r.region);
  for (const id of REGION_IDS) {
    const count = regions.filter((r) => r === id).length;
    if (count !== 1) return `region ${id} is stored ${count} times`;
  }
  if (regions.length !== REGION_IDS.length) return 'it holds an unknown region';
  const ids = new Set(world.regions.map((r) => r.subscription.id));
  if (ids.size !== REGION_IDS.length) return 'two regions share a subscription';
  if (world.regions.some((r) => r.subscription.region !== r.region))
    return 'a subscription is filed under another region';
  if (!isClockInBounds(realNowMs + world.clockOffsetMs, realNowMs))
    return 'its demo clock is out of bounds';
  if (
    world.regions.some(
      (r) =>
        !isPlausibleInstant(r.subscription.expiresAt, realNowMs) ||
        !isPlausibleInstant(r.subscription.startedAt, realNowMs),
    )
  )
    return 'a subscription has an impossible date';
  if (!Number.isSafeInteger(world.seq) || world.seq < 0) return 'its id counter is damaged';
  return undefined;
}

export const EMPTY_DATA = {
  assetGroups: 0,
  tags: 0,
  quarantinedFiles: 0,
  vulnerabilityWhitelist: 0,
  baselinePolicies: 0,
  baselineWhitelist: 0,
  assetFingerprints: 0,
} as const;
