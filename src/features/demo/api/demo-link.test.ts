import { describe, expect, it, vi } from 'vitest';
import { DemoStateSchema, SubscriptionDetailSchema } from '@/domain/contract';
import { apiGet } from '@/lib/api-client';
import {
  applyDemoLink,
  applyDemoLinkFromLocation,
  buildDemoLink,
  parseDemoLink,
} from './demo-link';
import { patchDemo, postDemoScenario, putDemoAssets } from './demo-mutations';

const DAY_MS = 86_400_000;
const demo = () => apiGet('/demo', { schema: DemoStateSchema });
const hangzhou = () => apiGet('/subscriptions/sas-hz-0001', { schema: SubscriptionDetailSchema });

describe('demo links', () => {
  it('reads the parameters, and reports the ones it cannot read', () => {
    const link = parseDemoLink(
      new URLSearchParams(
        'scenario=expiring-soon&demoFrom=2026-03-01T09:00:00.000Z&demoNow=yesterday' +
          '&demoRole=root&demoAssets=cn-hangzhou:10:2,mars-1:1:1,us-east-1:3:x,us-east-1:3:0',
      ),
    );
    expect(link).toEqual({
      scenario: 'expiring-soon',
      from: '2026-03-01T09:00:00.000Z',
      now: undefined,
      role: undefined,
      assets: [
        { region: 'cn-hangzhou', ecs: 10, external: 2 },
        { region: 'us-east-1', ecs: 3, external: 0 },
      ],
      problems: [
        'demoNow "yesterday"',
        'demoRole "root"',
        'demoAssets "mars-1:1:1"',
        'demoAssets "us-east-1:3:x"',
      ],
    });
  });

  it('reproduces scenario, clock, role and assets on a machine with no state', async () => {
    // the presenter: a scenario, the clock moved 3 days on, a role and the assets changed
    await postDemoScenario('expiring-soon');
    const before = await hangzhou();
    await patchDemo({ now: new Date(Date.now() + 3 * DAY_MS).toISOString(), role: 'readonly' });
    await putDemoAssets({ region: 'cn-hangzhou', ecs: 9, external: 3 });
    const state = await demo();
    const url = new URL(
      buildDemoLink(state, { href: 'https://demo.example.com/overview?region=cn-hangzhou' }),
    );
    expect(url.pathname).toBe('/overview');
    expect(url.searchParams.get('region')).toBe('cn-hangzhou');
    expect(url.search).toContain('demoAssets=cn-hangzhou:9:3,ap-southeast-1:2:0');

    // another machine: nothing stored; a while later
    window.localStorage.clear();
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() + 2 * 60 * 60_000);
    try {
      await applyDemoLink(parseDemoLink(url.searchParams));
      const after = await demo();
      expect(after.scenario).toBe('expiring-soon');
      expect(after.role).toBe('readonly');
      expect(after.assets).toEqual(state.assets);
      expect(Math.abs(Date.parse(after.now) - Date.parse(state.now))).toBeLessThan(60_000);
      // the scenario is dated as it was: the same expiry, so the same story
      const view = await hangzhou();
      // (to the second: the clock runs between the requests)
      expect(
        Math.abs(
          Date.parse(view.subscription.expiresAt!) - Date.parse(before.subscription.expiresAt!),
        ),
      ).toBeLessThan(1_000);
      expect(view.status).toBe('expiring');
      expect(view.daysLeft).toBe(2);
    } finally {
      vi.useRealTimers();
    }
  });

  it('leaves the clock at real time when the presenter was at real time', async () => {
    await postDemoScenario('near-threshold');
    const url = new URL(buildDemoLink(await demo(), { href: 'http://localhost/overview' }));
    expect(url.searchParams.has('demoNow')).toBe(false);
    window.localStorage.clear();
    await patchDemo({ now: new Date(Date.now() + 30 * DAY_MS).toISOString() });
    await applyDemoLink(parseDemoLink(url.searchParams));
    const after = await demo();
    expect(after.clockOffsetMs).toBe(0);
    expect(after.scenario).toBe('near-threshold');
  });

  it('applies ?scenario= alone at the current clock, then removes every demo parameter', async () => {
    window.history.replaceState(
      null,
      '',
      '/renew/sas-hz-0001?scenario=expired-retention&region=cn-hangzhou',
    );
    await applyDemoLinkFromLocation();
    expect(window.location.pathname + window.location.search).toBe(
      '/renew/sas-hz-0001?region=cn-hangzhou',
    );
    expect((await demo()).scenario).toBe('expired-retention');
    expect((await hangzhou()).status).toBe('expired');
  });

  it('still opens the console when a step is refused', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    window.history.replaceState(null, '', '/overview?scenario=no-such-thing&demoRole=readonly');
    await applyDemoLinkFromLocation();
    expect(window.location.search).toBe('');
    expect(warn).toHaveBeenCalledWith(
      expect.stringContaining('no-such-thing'),
      expect.objectContaining({ code: 'VALIDATION_FAILED' }),
    );
    expect((await demo()).role).toBe('readonly');
  });
});
