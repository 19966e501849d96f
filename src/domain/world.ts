/**
 * The whole state of the mocked world, as the store persists it. Pure data: the
 * domain functions take a World and the clock and return a new World.
 */
import { z } from './zod';
import { REGION_IDS, type RegionId } from './catalog';
import {
  MessageSchema,
  OrderSchema,
  RetainedDataSchema,
  RoleSchema,
  ScenarioNameSchema,
  SubscriptionSchema,
} from './contract';

export const WORLD_SCHEMA_VERSION = 1;

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
});

export type World = z.infer<typeof WorldSchema>;
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

export const EMPTY_DATA = {
  assetGroups: 0,
  tags: 0,
  quarantinedFiles: 0,
  vulnerabilityWhitelist: 0,
  baselinePolicies: 0,
  baselineWhitelist: 0,
  assetFingerprints: 0,
} as const;
