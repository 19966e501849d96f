import { z } from '@/domain/zod';
import { RegionIdSchema, RoleSchema, type DemoState } from '@/domain/contract';
import { patchDemo, postDemoScenario, putDemoAssets, type DemoAssets } from './demo-mutations';
import { scenarioStart } from './scenario-anchor';

/**
 * Shareable demo links: a URL that reproduces the demo's state — scenario, clock, asset
 * counts per region, role — when opened on another machine (a fresh browser, no stored
 * state). `src/main.tsx` applies the parameters once the mock runs, before the first
 * render, then removes them from the address bar.
 *
 *   ?scenario=expiring-soon                     load the scenario now (SPEC §2)
 *   &demoFrom=2026-03-01T09:00:00.000Z          …dated from this instant (when it was loaded)
 *   &demoNow=2026-09-17T09:00:00.000Z           then the demo clock (absent: real time)
 *   &demoRole=readonly                          the role
 *   &demoAssets=cn-hangzhou:10:2,us-east-1:3:0  ECS and external servers per region
 */
export const DEMO_PARAMS = ['scenario', 'demoFrom', 'demoNow', 'demoRole', 'demoAssets'] as const;

const Instant = z.iso.datetime({ offset: true });
const Count = z.coerce.number().check(z.int(), z.gte(0));

export type DemoLinkState = {
  scenario?: string;
  from?: string;
  now?: string;
  role?: z.infer<typeof RoleSchema>;
  assets: DemoAssets[];
  /** parameters that were present but could not be read */
  problems: string[];
};

/** `cn-hangzhou:10:2,…` → the asset counts; unreadable entries are reported, not applied. */
function parseAssets(value: string, problems: string[]): DemoAssets[] {
  const assets: DemoAssets[] = [];
  for (const entry of value.split(',').filter(Boolean)) {
    const [region, ecs, external, ...rest] = entry.split(':');
    const parsed = z
      .tuple([RegionIdSchema, Count, Count])
      .safeParse(rest.length ? [] : [region, ecs, external]);
    if (parsed.success) {
      const [id, ecsCount, externalCount] = parsed.data;
      assets.push({ region: id, ecs: ecsCount, external: externalCount });
    } else problems.push(`demoAssets "${entry}"`);
  }
  return assets;
}

export function parseDemoLink(params: URLSearchParams): DemoLinkState {
  const problems: string[] = [];
  const read = <T>(name: string, schema: z.ZodMiniType<T>): T | undefined => {
    const value = params.get(name);
    if (value === null || value === '') return undefined;
    const parsed = schema.safeParse(value);
    if (!parsed.success) problems.push(`${name} "${value}"`);
    return parsed.success ? parsed.data : undefined;
  };
  return {
    scenario: params.get('scenario') || undefined,
    from: read('demoFrom', Instant),
    now: read('demoNow', Instant),
    role: read('demoRole', RoleSchema),
    assets: parseAssets(params.get('demoAssets') ?? '', problems),
    problems,
  };
}

export const hasDemoParams = (params: URLSearchParams) => DEMO_PARAMS.some((p) => params.has(p));

/**
 * Applies a demo link through the demo endpoints, in the order that reproduces the state:
 * the clock to `demoFrom`, the scenario (dated from the demo clock), the clock to `demoNow`
 * (or back to real time), the role, the asset counts. A step that fails is reported on the
 * console and the others still apply: the console always opens.
 */
export async function applyDemoLink(link: DemoLinkState): Promise<void> {
  const step = async (what: string, run: () => Promise<unknown>) => {
    try {
      await run();
    } catch (error) {
      console.warn(`The demo link could not ${what}.`, error);
    }
  };
  for (const problem of link.problems) console.warn(`The demo link's ${problem} was ignored.`);

  if (link.scenario) {
    const scenario = link.scenario;
    if (link.from) await step('set the clock', () => patchDemo({ now: link.from }));
    await step(`load the scenario "${scenario}"`, () => postDemoScenario(scenario));
  }
  const clock = link.now ?? (link.from ? null : undefined);
  if (clock !== undefined || link.role) {
    await step('set the clock and role', () =>
      patchDemo({
        ...(clock !== undefined && { now: clock }),
        ...(link.role && { role: link.role }),
      }),
    );
  }
  for (const assets of link.assets) {
    await step(`set the assets of ${assets.region}`, () => putDemoAssets(assets));
  }
}

/** Applies the demo parameters of `url` (if any), then removes them from the address bar. */
export async function applyDemoLinkFromLocation(url = new URL(window.location.href)) {
  if (!hasDemoParams(url.searchParams)) return;
  await applyDemoLink(parseDemoLink(url.searchParams));
  for (const name of DEMO_PARAMS) url.searchParams.delete(name);
  window.history.replaceState(window.history.state, '', url);
}

/**
 * The URL that reproduces `state` at `location` (the page the presenter is on, its other
 * parameters kept). `realNow` is this machine's clock, the scenario's start when this
 * browser does not know it (the default world, created at first start).
 */
export function buildDemoLink(
  state: DemoState,
  location: Pick<Location, 'href'>,
  realNow: number = Date.now(),
): string {
  const url = new URL(location.href);
  for (const name of DEMO_PARAMS) url.searchParams.delete(name);
  url.hash = '';
  const from = scenarioStart(state.scenario) ?? new Date(realNow).toISOString();
  url.searchParams.set('scenario', state.scenario);
  url.searchParams.set('demoFrom', from);
  if (state.clockOffsetMs !== 0) {
    url.searchParams.set('demoNow', new Date(realNow + state.clockOffsetMs).toISOString());
  }
  url.searchParams.set('demoRole', state.role);
  url.searchParams.set(
    'demoAssets',
    state.assets.map((a) => `${a.region}:${a.ecs}:${a.external}`).join(','),
  );
  // ':' and ',' are fine in a query: keep the link readable
  url.search = url.searchParams.toString().replace(/%3A/gi, ':').replace(/%2C/gi, ',');
  return url.toString();
}
