import { useMutation } from '@tanstack/react-query';
import { DemoStateSchema, type DemoPatch, type RegionId } from '@/domain/contract';
import { apiGet, apiPatch, apiPost, apiPut } from '@/lib/api-client';
import { rememberScenarioStart } from './scenario-anchor';

/**
 * The demo control endpoints (mock only). Every mutation leaves `meta.invalidates` out, so
 * the query client refetches every query once it succeeds: the page behind the panel shows
 * the change at once, and the mutation stays pending until it does.
 */

/** PATCH /demo — `{now?, role?, latencyMs?, failureRate?}`; `now: null` is real time. */
export const patchDemo = (patch: DemoPatch) =>
  apiPatch('/demo', patch, { schema: DemoStateSchema });

/**
 * Moves the demo clock `ms` ahead of the mock's now as it is when the move runs, not when the
 * button was pressed: three quick presses of "+1 week" make three weeks, even before the page
 * has refetched the first one (the clock's changes run one after another, `CLOCK_SCOPE`).
 */
export async function moveDemoClock(ms: number) {
  const state = await apiGet('/demo', { schema: DemoStateSchema });
  return patchDemo({ now: new Date(Date.parse(state.now) + ms).toISOString() });
}

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

/** POST /demo/restore — the demo a reset, a scenario or a repair replaced (kept in turn). */
export const postDemoRestore = () =>
  apiPost('/demo/restore', undefined, { schema: DemoStateSchema });

/**
 * The clock's changes run one after another, in the order the presenter made them ("+1 week"
 * then "Back to real time" ends at real time). Other changes set absolute values and run at
 * once: a slider moved by the keyboard sends a change per step, and each waits for the page's
 * refetch, which the injected latency slows.
 */
const CLOCK_SCOPE = { id: 'demo-clock' };

export const usePatchDemo = () => useMutation({ mutationFn: patchDemo });
export const useSetDemoClock = () =>
  useMutation({ mutationFn: (now: DemoPatch['now']) => patchDemo({ now }), scope: CLOCK_SCOPE });
export const useMoveDemoClock = () =>
  useMutation({ mutationFn: moveDemoClock, scope: CLOCK_SCOPE });
export const usePutDemoAssets = () => useMutation({ mutationFn: putDemoAssets });
export const useLoadScenario = () => useMutation({ mutationFn: postDemoScenario });
export const useResetDemo = () => useMutation({ mutationFn: postDemoReset });
export const useRestoreDemo = () => useMutation({ mutationFn: postDemoRestore });
