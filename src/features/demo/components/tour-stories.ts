import { SubscriptionDetailSchema, type RegionId } from '@/domain/contract';
import { paths } from '@/config/paths';
import { apiGet } from '@/lib/api-client';
import { patchDemo, postDemoScenario, putDemoAssets } from '../api/demo-mutations';

/**
 * The two headline stories of the guided tour. Each step sets the mocked world through the
 * demo endpoints and says which page shows it; the tour card tells the presenter what to
 * point at. Steps set their state fully (a story starts from the healthy scenario at real
 * time), so Back and Next always show what the step says.
 */
export type StoryId = 'upgrade' | 'expiry';

export type StepKey =
  | 'withinQuota'
  | 'assetsGrow'
  | 'upgradeAppears'
  | 'upgrade'
  | 'disappears'
  | 'expiring'
  | 'expired'
  | 'released';

export type TourStep = {
  /** its text: `demo:tour.steps.<key>.title` and `.body` */
  key: StepKey;
  /** sets the state; returns where to go */
  enter: () => Promise<string>;
};

const REGION: RegionId = 'cn-hangzhou';
const SUBSCRIPTION = 'sas-hz-0001';
const DAY_MS = 86_400_000;

const overview = () => paths.overview.getHref(REGION);

async function healthyAtRealTime() {
  await patchDemo({ now: null });
  await postDemoScenario('healthy');
}

async function expiresAt(): Promise<number> {
  const view = await apiGet(`/subscriptions/${SUBSCRIPTION}`, {
    schema: SubscriptionDetailSchema,
  });
  const expiry = view.subscription.expiresAt;
  if (!expiry) throw new Error('The subscription of China (Hangzhou) has no expiry.');
  return Date.parse(expiry);
}

const moveClock = async (offsetMs: number) => {
  const expiry = await expiresAt();
  await patchDemo({ now: new Date(expiry + offsetMs).toISOString() });
};

export const STORIES: Record<StoryId, TourStep[]> = {
  // assets grow past 120 % → Upgrade appears → upgrade → it disappears (R6–R8)
  upgrade: [
    {
      key: 'withinQuota',
      enter: async () => {
        await healthyAtRealTime();
        return overview();
      },
    },
    {
      key: 'assetsGrow',
      enter: async () => {
        // 12 billable assets for a quota of 10: 12 × 5 ≥ 10 × 6
        await putDemoAssets({ region: REGION, ecs: 9, external: 3 });
        return overview();
      },
    },
    { key: 'upgradeAppears', enter: () => Promise.resolve(overview()) },
    {
      key: 'upgrade',
      enter: () =>
        Promise.resolve(paths.upgrade.getHref(SUBSCRIPTION, { method: 'quota', region: REGION })),
    },
    { key: 'disappears', enter: () => Promise.resolve(overview()) },
  ],
  // expiring → expired, data retained → released, data removed (R1–R4)
  expiry: [
    {
      key: 'expiring',
      enter: async () => {
        await healthyAtRealTime();
        await moveClock(-5 * DAY_MS);
        return overview();
      },
    },
    {
      key: 'expired',
      enter: async () => {
        await moveClock(DAY_MS);
        return overview();
      },
    },
    {
      key: 'released',
      enter: async () => {
        await moveClock(4 * DAY_MS);
        return overview();
      },
    },
  ],
};

export const TOUR_REGION = REGION;
export const TOUR_SUBSCRIPTION = SUBSCRIPTION;
