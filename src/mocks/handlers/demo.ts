import { http } from 'msw';
import {
  DemoAssetsSchema,
  DemoPatchSchema,
  DemoScenarioSchema,
  ScenarioNameSchema,
} from '@/domain/contract';
import { patchDemo, setAssets } from '@/domain/demo';
import { domainError } from '@/domain/errors';
import { advance } from '@/domain/advance';
import { toIso } from '@/domain/time';
import { currentAssets, type World } from '@/domain/world';
import { buildScenario, SCENARIO_NAMES } from '../scenarios';
import type { Store } from '../store';
import { API, HttpError, json, readBody, route, unwrap } from './http';

export function demoState(world: World, now: number) {
  return {
    now: toIso(now),
    clockOffsetMs: world.clockOffsetMs,
    role: world.role,
    latencyMs: world.latencyMs,
    failureRate: world.failureRate,
    scenario: world.scenario,
    assets: world.regions.map((r) => ({ region: r.region, ...currentAssets(r) })),
  };
}

/** Demo control: never subject to the injected faults. */
export function demoHandlers(store: Store) {
  const demo = { faults: false };
  return [
    http.get(
      `${API}/demo`,
      route(store, ({ world, now }) => ({ response: json(demoState(world, now)) }), demo),
    ),
    http.patch(
      `${API}/demo`,
      route(
        store,
        async ({ request, world }) => {
          const body = await readBody(request, DemoPatchSchema);
          const real = store.realNow();
          const next = advance(
            unwrap(patchDemo(world, body, real)),
            real + unwrap(patchDemo(world, body, real)).clockOffsetMs,
          );
          return { world: next, response: json(demoState(next, real + next.clockOffsetMs)) };
        },
        demo,
      ),
    ),
    http.put(
      `${API}/demo/assets`,
      route(
        store,
        async ({ request, world, now }) => {
          const body = await readBody(request, DemoAssetsSchema);
          const next = advance(
            unwrap(setAssets(world, body.region, body.ecs, body.external, now)),
            now,
          );
          return { world: next, response: json(demoState(next, now)) };
        },
        demo,
      ),
    ),
    http.post(
      `${API}/demo/scenario`,
      route(
        store,
        async ({ request, world, now }) => {
          const body = await readBody(request, DemoScenarioSchema);
          const name = ScenarioNameSchema.safeParse(body.name);
          if (!name.success) {
            throw new HttpError(
              domainError(
                'VALIDATION_FAILED',
                `There is no scenario "${body.name}". Choose one of: ${SCENARIO_NAMES.join(', ')}.`,
                {
                  field: 'name',
                  details: { allowed: SCENARIO_NAMES },
                },
              ),
            );
          }
          // dates relative to the demo clock (SPEC §2: "all dates relative to now"), which keeps running where it was
          const next = advance(buildScenario(name.data, now, world), now);
          return { world: next, response: json(demoState(next, now)) };
        },
        demo,
      ),
    ),
    http.post(
      `${API}/demo/reset`,
      route(
        store,
        () => {
          const real = store.realNow();
          const next = advance(buildScenario('healthy', real), real);
          return { world: next, response: json(demoState(next, real)) };
        },
        demo,
      ),
    ),
  ];
}
