/** Demo control rules (mock only): asset counts, clock, faults. */
import { LIMITS, REGION_IDS, type RegionId } from './catalog';
import type { DemoPatch } from './contract';
import { ok, refuse, type Result } from './errors';
import { toIso } from './time';
import { clockBounds, isClockInBounds, regionState, withRegion, type World } from './world';

const isRegion = (id: string): id is RegionId => (REGION_IDS as readonly string[]).includes(id);

export function checkRegion(region: string | null | undefined): Result<RegionId> {
  if (!region)
    return refuse('VALIDATION_FAILED', 'Choose a region.', {
      field: 'region',
      details: { allowed: REGION_IDS },
    });
  if (!isRegion(region))
    return refuse('VALIDATION_FAILED', `There is no region "${region}".`, {
      field: 'region',
      details: { allowed: REGION_IDS },
    });
  return ok(region);
}

/** Sets a region's ECS and external server counts now (appended to its asset history). */
export function setAssets(
  world: World,
  region: string,
  ecs: number,
  external: number,
  nowMs: number,
): Result<World> {
  const checked = checkRegion(region);
  if (!checked.ok) return checked;
  for (const [field, value] of [
    ['ecs', ecs],
    ['external', external],
  ] as const) {
    if (value < 0 || value > LIMITS.maxAssetsPerKind) {
      return refuse(
        'VALIDATION_FAILED',
        `Enter a number of assets from 0 to ${LIMITS.maxAssetsPerKind}.`,
        {
          field,
          details: { min: 0, max: LIMITS.maxAssetsPerKind },
        },
      );
    }
  }
  const state = regionState(world, checked.value);
  const events = [
    ...state.assetEvents.filter((e) => Date.parse(e.at) <= nowMs),
    { at: toIso(nowMs), ecs, external },
  ];
  return ok(withRegion(world, { ...state, assetEvents: events.slice(-500) }));
}

/** PATCH /demo: move the clock (null: back to real time), switch role, inject latency or failures. */
export function patchDemo(world: World, patch: DemoPatch, realNowMs: number): Result<World> {
  let next = world;
  if (patch.now !== undefined && patch.now !== null) {
    const clock = Date.parse(patch.now);
    if (!isClockInBounds(clock, realNowMs)) {
      const { min, max } = clockBounds(realNowMs);
      return refuse(
        'VALIDATION_FAILED',
        `Move the demo clock to a date from ${toIso(min).slice(0, 10)} to ${toIso(max).slice(0, 10)} (one year back to ten years ahead).`,
        { field: 'now', details: { min: toIso(min), max: toIso(max) } },
      );
    }
    next = { ...next, clockOffsetMs: clock - realNowMs };
  } else if (patch.now === null) {
    next = { ...next, clockOffsetMs: 0 };
  }
  if (patch.role !== undefined) next = { ...next, role: patch.role };
  if (patch.latencyMs !== undefined) {
    if (patch.latencyMs < 0 || patch.latencyMs > LIMITS.maxLatencyMs) {
      return refuse('VALIDATION_FAILED', `Latency must be 0 to ${LIMITS.maxLatencyMs} ms.`, {
        field: 'latencyMs',
      });
    }
    next = { ...next, latencyMs: patch.latencyMs };
  }
  if (patch.failureRate !== undefined) {
    if (!(patch.failureRate >= 0 && patch.failureRate <= 1)) {
      return refuse('VALIDATION_FAILED', 'The failure rate must be between 0 and 1.', {
        field: 'failureRate',
      });
    }
    next = { ...next, failureRate: patch.failureRate };
  }
  return ok(next);
}
