import { http } from 'msw';
import {
  DemoAssetsSchema,
  DemoPatchSchema,
  DemoScenarioSchema,
  ScenarioNameSchema,
  type ScenarioName,
} from '@/domain/contract';
import { patchDemo, setAssets } from '@/domain/demo';
import { domainError } from '@/domain/errors';
import { advance } from '@/domain/advance';
import { toIso } from '@/domain/time';
import { clockBounds, currentAssets, type World } from '@/domain/world';
import { buildScenario, carryOver, SCENARIO_NAMES } from '../scenarios';
import type { Store } from '../store-seam';
import {
  API,
  errorResponse,
  failureResponse,
  HttpError,
  json,
  readBody,
  route,
  unwrap,
  type Reply,
} from './http';

export function demoState(store: Store, world: World, now: number) {
  const range = clockBounds(store.realNow());
  return {
    now: toIso(now),
    clockOffsetMs: world.clockOffsetMs,
    clockRange: { min: toIso(range.min), max: toIso(range.max) },
    role: world.role,
    latencyMs: world.latencyMs,
    failureRate: world.failureRate,
    scenario: world.scenario,
    assets: world.regions.map((r) => ({ region: r.region, ...currentAssets(r) })),
    canRestore: store.hasPrevious(),
  };
}

function scenarioName(name: string): ScenarioName {
  const parsed = ScenarioNameSchema.safeParse(name);
  if (parsed.success) return parsed.data;
  throw new HttpError(
    domainError(
      'VALIDATION_FAILED',
      `There is no scenario "${name}". Choose one of: ${SCENARIO_NAMES.join(', ')}.`,
      { field: 'name', details: { allowed: SCENARIO_NAMES } },
    ),
  );
}

/**
 * Replaces the whole demo (a scenario, a reset): works whatever is stored, even state this
 * build cannot read, and keeps the replaced demo for Restore.
 */
async function replaceDemo(
  store: Store,
  build: (carry: { seq: number; previous?: World }, realNowMs: number) => World,
): Promise<Reply> {
  try {
    return await store.replace((carry, real) => {
      const built = carryOver(build(carry, real), carry);
      const now = real + built.clockOffsetMs;
      const world = advance(built, now);
      return { world, result: json(demoState(store, world, now)) };
    });
  } catch (e) {
    return failureResponse(e);
  }
}

/** Demo control: never subject to the injected faults. */
export function demoHandlers(store: Store) {
  const demo = { faults: false };
  return [
    http.get(
      `${API}/demo`,
      route(store, ({ world, now }) => ({ response: json(demoState(store, world, now)) }), demo),
    ),
    http.patch(
      `${API}/demo`,
      route(
        store,
        ({ body, world }) => {
          const real = store.realNow();
          const patched = unwrap(patchDemo(world, body, real));
          const now = real + patched.clockOffsetMs;
          const next = advance(patched, now);
          return { world: next, response: json(demoState(store, next, now)) };
        },
        { ...demo, body: DemoPatchSchema },
      ),
    ),
    http.put(
      `${API}/demo/assets`,
      route(
        store,
        ({ body, world, now }) => {
          const next = advance(
            unwrap(setAssets(world, body.region, body.ecs, body.external, now)),
            now,
          );
          return { world: next, response: json(demoState(store, next, now)) };
        },
        { ...demo, body: DemoAssetsSchema },
      ),
    ),
    http.post(`${API}/demo/scenario`, async ({ request }) => {
      let name: ScenarioName;
      try {
        name = scenarioName((await readBody(request, DemoScenarioSchema)).name);
      } catch (e) {
        return e instanceof HttpError ? errorResponse(e.error) : failureResponse(e);
      }
      // dates relative to the demo clock (SPEC §2: "all dates relative to now"), which keeps running where it was
      return replaceDemo(store, ({ seq, previous }, real) =>
        buildScenario(name, real + (previous?.clockOffsetMs ?? 0), {
          clockOffsetMs: previous?.clockOffsetMs ?? 0,
          seq,
        }),
      );
    }),
    http.post(`${API}/demo/reset`, () =>
      replaceDemo(store, ({ seq }, real) => buildScenario('healthy', real, { seq })),
    ),
    http.post(`${API}/demo/restore`, async () => {
      try {
        const restored = await store.restore();
        if (!restored.ok) return errorResponse(domainError('NOTHING_TO_RESTORE', restored.reason));
        return json(demoState(store, restored.world, restored.now));
      } catch (e) {
        return failureResponse(e);
      }
    }),
  ];
}
