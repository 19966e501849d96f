import {
  CatalogSchema,
  PurchaseRequestListSchema,
  SubscriptionDetailSchema,
  type RegionId,
} from '@/domain/contract';
import { paths } from '@/config/paths';
import { apiGet } from '@/lib/api-client';
import { patchDemo, postDemoScenario, putDemoAssets } from '../api/demo-mutations';

/**
 * The two headline stories of the guided tour. Each step sets the mocked world through the
 * demo endpoints and says which page shows it; the tour card tells the presenter what to
 * point at. Steps set their state fully (a story starts from the healthy scenario at real
 * time), so Back and Next always show what the step says. Every number comes from the API:
 * the subscription's quota and upgrade point, the catalog's reminder and retention days — so
 * the stories still tell the truth when the catalog's numbers change.
 */
export type StoryId = 'upgrade' | 'expiry' | 'request';

export type StepKey =
  | 'withinQuota'
  | 'assetsGrow'
  | 'upgradeAppears'
  | 'upgrade'
  | 'disappears'
  | 'expiring'
  | 'expired'
  | 'released'
  | 'readonlyAsks'
  | 'adminNotified'
  | 'adminPays';

/** The numbers a step's text names, as the API gives them once the step is set. */
export type StepValues = Record<string, number>;

export type TourStep = {
  /** its text: `demo:tour.steps.<key>.title` and `.body` (with the step's values) */
  key: StepKey;
  /** sets the state; returns where to go and the numbers the step's text names */
  enter: () => Promise<{ href: string; values: StepValues }>;
};

const REGION: RegionId = 'cn-hangzhou';
const SUBSCRIPTION = 'sas-hz-0001';
const DAY_MS = 86_400_000;

const subscription = () =>
  apiGet(`/subscriptions/${SUBSCRIPTION}`, { schema: SubscriptionDetailSchema });
const catalog = () => apiGet('/catalog', { schema: CatalogSchema });

/**
 * The subscription's numbers as a step's text names them, and where the step goes; `count`
 * names the number the text's plural follows.
 */
async function shown(
  href: string,
  count?: 'daysLeft' | 'daysAfter',
): Promise<{ href: string; values: StepValues }> {
  const [view, { lifecycle }] = await Promise.all([subscription(), catalog()]);
  const { ecs, external, total } = view.billableAssets;
  const daysLeft = view.daysLeft ?? 0;
  const days = { daysLeft: Math.max(0, daysLeft), daysAfter: Math.max(0, -daysLeft) };
  return {
    href,
    values: {
      ...days,
      ...(count ? { count: days[count] } : {}),
      quota: view.subscription.quota ?? 0,
      assets: total,
      ecs,
      external,
      percent: lifecycle.upgradeThresholdPercent,
      retentionDays: lifecycle.retentionDays,
    },
  };
}

const overview = (count?: 'daysLeft' | 'daysAfter') => shown(paths.overview.getHref(REGION), count);

async function healthyAtRealTime() {
  await patchDemo({ now: null });
  await postDemoScenario('healthy');
}

/** Sets the demo clock `days` days after the subscription's expiry (before it: negative). */
async function daysFromExpiry(
  days: (lifecycle: { reminderDays: number; retentionDays: number }) => number,
) {
  const [view, { lifecycle }] = await Promise.all([subscription(), catalog()]);
  const expiry = view.subscription.expiresAt;
  if (!expiry) throw new Error('The subscription of China (Hangzhou) has no expiry.');
  await patchDemo({ now: new Date(Date.parse(expiry) + days(lifecycle) * DAY_MS).toISOString() });
}

export const STORIES: Record<StoryId, TourStep[]> = {
  // assets grow past the upgrade point → Upgrade appears → upgrade → it disappears (R6–R8)
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
        // exactly the upgrade point the API names for this quota, one more external server
        const view = await subscription();
        const point = view.upgradeThresholdAssets;
        if (point === null) throw new Error('The subscription of China (Hangzhou) has no quota.');
        const external = Math.min(point, view.billableAssets.external + 1);
        await putDemoAssets({ region: REGION, ecs: point - external, external });
        return overview();
      },
    },
    { key: 'upgradeAppears', enter: () => overview() },
    {
      key: 'upgrade',
      enter: () => shown(paths.upgrade.getHref(SUBSCRIPTION, { method: 'quota', region: REGION })),
    },
    { key: 'disappears', enter: () => overview() },
  ],
  // expiring → expired, data retained → released, data removed (R1–R4)
  expiry: [
    {
      key: 'expiring',
      enter: async () => {
        await healthyAtRealTime();
        // inside the reminder window, a few days before expiry
        await daysFromExpiry(({ reminderDays }) => -Math.max(1, reminderDays - 2));
        return overview('daysLeft');
      },
    },
    {
      key: 'expired',
      enter: async () => {
        // within the retention days: expired, the data kept
        await daysFromExpiry(({ retentionDays }) => Math.min(1, retentionDays / 2));
        return overview('daysAfter');
      },
    },
    {
      key: 'released',
      enter: async () => {
        // the day after the retention ends: released, the data removed
        await daysFromExpiry(({ retentionDays }) => retentionDays + 1);
        return overview('daysAfter');
      },
    },
  ],
  // issue 24: a read-only engineer asks for a quota increase, the admin is told and pays it
  request: [
    {
      key: 'readonlyAsks',
      enter: async () => {
        await patchDemo({ now: null });
        await postDemoScenario('rising-trend');
        await patchDemo({ role: 'readonly' });
        return shown(paths.upgrade.getHref(SUBSCRIPTION, { method: 'quota', region: REGION }));
      },
    },
    {
      key: 'adminNotified',
      enter: async () => {
        await patchDemo({ role: 'admin' });
        return requests(paths.messages.getHref(REGION));
      },
    },
    { key: 'adminPays', enter: () => requests(paths.orders.getHref(REGION, 'requests')) },
  ],
};

/** Issue 24: the purchase requests' numbers a step names: open and paid, and the newest one's quoted price. */
async function requests(href: string): Promise<{ href: string; values: StepValues }> {
  const { items } = await apiGet('/purchase-requests', { schema: PurchaseRequestListSchema });
  const open = items.filter((r) => r.status === 'open').length;
  const paid = items.filter((r) => r.status === 'paid').length;
  return { href, values: { count: open, open, paid } };
}

export const TOUR_REGION = REGION;
export const TOUR_SUBSCRIPTION = SUBSCRIPTION;
