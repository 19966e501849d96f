import { useMutation } from '@tanstack/react-query';
import { DemoStateSchema, type DemoPatch, type RegionId } from '@/domain/contract';
import { apiPatch, apiPost, apiPut } from '@/lib/api-client';
import { rememberScenarioStart } from './scenario-anchor';

/**
 * The demo control endpoints (mock only). Every mutation leaves `meta.invalidates` out, so
 * the query client refetches every query once it succeeds: the page behind the panel shows
 * the change at once, and the mutation stays pending until it does.
 */

/** PATCH /demo — `{now?, role?, latencyMs?, failureRate?}`; `now: null` is real time. */
export const patchDemo = (patch: DemoPatch) =>
  apiPatch('/demo', patch, { schema: DemoStateSchema });

export type DemoAssets = { region: RegionId; ecs: number; external: number };

/** PUT /demo/assets — a region's ECS and external server counts. */
export const putDemoAssets = (assets: DemoAssets) =>
  apiPut('/demo/assets', assets, { schema: DemoStateSchema });

/** POST /demo/scenario — loads a scenario dated from the demo clock; remembers when. */
export async function postDemoScenario(name: string) {
  const state = await apiPost('/demo/scenario', { name }, { schema: DemoStateSchema });
  rememberScenarioStart(state.scenario, state.now);
  return state;
}

/** POST /demo/reset — the default scenario at real time. */
export async function postDemoReset() {
  const state = await apiPost('/demo/reset', undefined, { schema: DemoStateSchema });
  rememberScenarioStart(state.scenario, state.now);
  return state;
}

export const usePatchDemo = () => useMutation({ mutationFn: patchDemo });
export const usePutDemoAssets = () => useMutation({ mutationFn: putDemoAssets });
export const useLoadScenario = () => useMutation({ mutationFn: postDemoScenario });
export const useResetDemo = () => useMutation({ mutationFn: postDemoReset });
