import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { ScenarioName } from '@/domain/contract';
import { apiPatch, apiPost } from '@/lib/api-client';
import { renderRoute } from '@/test/render';
import { OVERVIEW_DATA_MARK } from './overview-page';

/** The real mock (src/test/setup.ts): a scenario is loaded through its demo endpoint. */
const scenario = (name: ScenarioName) => apiPost('/demo/scenario', { name });
const demo = (patch: { latencyMs?: number; failureRate?: number }) => apiPatch('/demo', patch);

const WAIT = { timeout: 4000 };
const h1 = () => screen.findByRole('heading', { level: 1, name: 'Overview' });
/** The summary strip's value for a label (a <dt>/<dd> pair). */
async function summary(label: string) {
  const section = await screen.findByRole('region', { name: 'Subscription' }, WAIT);
  const term = within(section).getByText(label, { selector: 'dt' });
  return term.nextElementSibling as HTMLElement;
}
const meter = () => screen.findByRole('meter', { name: 'Quota usage' }, WAIT);

afterEach(() => {
  performance.clearMarks(OVERVIEW_DATA_MARK);
});

describe('Overview page', () => {
  it('is painted with its data when the API answers within the first page’s wait: no skeleton first', async () => {
    await demo({ latencyMs: 200 });
    // every state the page is in after each commit
    let skeletonShown = false;
    const observer = new MutationObserver(() => {
      if (document.body.textContent?.includes('Loading the subscription…')) skeletonShown = true;
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    try {
      renderRoute('/overview');
      expect(await meter()).toBeInTheDocument();
      expect(skeletonShown).toBe(false);
    } finally {
      observer.disconnect();
    }
  });

  it('shows a skeleton while the API is slower than the first page waits, then the data', async () => {
    // longer than FIRST_PAGE_WAIT_MS (src/app/route-data.ts)
    await demo({ latencyMs: 1500 });
    renderRoute('/overview');
    expect(await screen.findByText('Loading the subscription…', {}, WAIT)).toBeInTheDocument();
    expect(await h1()).toBeInTheDocument();
    expect(await meter()).toBeInTheDocument();
    expect(screen.queryByText('Loading the subscription…')).not.toBeInTheDocument();
  });

  it('shows an error with Retry when the API fails, and the data after Retry', async () => {
    await demo({ failureRate: 1 });
    const { user } = renderRoute('/overview');
    const alert = await screen.findByRole(
      'alert',
      { name: 'The subscription could not be loaded' },
      WAIT,
    );
    expect(alert).toHaveTextContent(/temporarily unavailable|try again/i);
    expect(screen.queryByRole('meter')).not.toBeInTheDocument();

    await demo({ failureRate: 0 });
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await meter()).toHaveAttribute('aria-valuenow', '8');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('healthy: edition, billing, status, expiry, days left, usage; Renew and no Upgrade, no banner', async () => {
    renderRoute('/overview');
    expect(await h1()).toBeInTheDocument();
    expect(await summary('Edition')).toHaveTextContent('Standard');
    expect(await summary('Billing mode')).toHaveTextContent('Subscription');
    expect(await summary('Status')).toHaveTextContent('Active');
    expect(await summary('Days left')).toHaveTextContent('200 days');
    expect((await summary('Expiry date')).textContent).toMatch(/\d{4}/);

    const usage = await meter();
    expect(usage).toHaveAttribute('aria-valuenow', '8');
    expect(usage).toHaveAttribute('aria-valuetext', '8 of 10 assets, 80 % of the quota');
    expect(screen.getByText('ECS instances: 6')).toBeInTheDocument();
    expect(screen.getByText('External servers: 2')).toBeInTheDocument();
    expect(await screen.findByText('Upgrade line (120 %): 12', {}, WAIT)).toBeInTheDocument();

    expect(screen.getByRole('link', { name: 'Renew' })).toHaveAttribute(
      'href',
      '/renew/sas-hz-0001?region=cn-hangzhou',
    );
    expect(screen.queryByRole('link', { name: 'Upgrade' })).not.toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    // the benchmark's mark: once the subscription is on screen
    await waitFor(() =>
      expect(performance.getEntriesByName(OVERVIEW_DATA_MARK, 'mark')).toHaveLength(1),
    );
  });

  it('near the line (11 of 10): a warning of how many assets are left, and no Upgrade (R7)', async () => {
    await scenario('near-threshold');
    renderRoute('/overview');
    const warning = await screen.findByRole(
      'alert',
      { name: '1 asset left before an upgrade is required' },
      WAIT,
    );
    expect(warning).toHaveTextContent('You have 11 billable assets for a quota of 10 (110 %)');
    expect(warning).toHaveTextContent('At 12 assets an upgrade becomes required');
    expect(within(warning).getByRole('link', { name: 'Increase Quota' })).toHaveAttribute(
      'href',
      '/upgrade/sas-hz-0001?method=quota&region=cn-hangzhou',
    );
    expect(await meter()).toHaveAttribute('aria-valuenow', '11');
    expect(screen.queryByRole('link', { name: 'Upgrade' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Renew' })).toBeInTheDocument();
  });

  it('upgrade required (13 of 10): Upgrade, the reason, the minimum and the price; Renew unavailable with why', async () => {
    await scenario('upgrade-required');
    renderRoute('/overview');
    const upgrade = await screen.findByRole('link', { name: 'Upgrade' }, WAIT);
    expect(upgrade).toHaveAttribute('href', '/upgrade/sas-hz-0001?method=quota&region=cn-hangzhou');

    const reason = screen.getByRole('alert', { name: 'Upgrade required' });
    expect(reason).toHaveTextContent(
      'You have 13 billable assets for a quota of 10, which reaches the upgrade line of 12 assets.',
    );
    expect(reason).toHaveTextContent('Upgrade the quota to at least 13 assets');
    // R8: 3 extra Standard assets for the 120 remaining days, priced by POST /quotes
    expect(
      await within(reason).findByText(
        'Increasing the quota to 13 assets costs $94.68 for the remaining 120 days.',
        {},
        WAIT,
      ),
    ).toBeInTheDocument();

    const renew = screen.getByRole('button', { name: 'Renew' });
    expect(renew).toHaveAttribute('aria-disabled', 'true');
    expect(renew).toHaveAccessibleDescription(/Renewal is unavailable until you upgrade/);
    expect(screen.queryByRole('link', { name: 'Renew' })).not.toBeInTheDocument();
  });

  it('expiring soon: the banner says 5 days, with Renew (R1)', async () => {
    await scenario('expiring-soon');
    renderRoute('/overview');
    const banner = await screen.findByRole(
      'alert',
      { name: 'Your subscription expires in 5 days' },
      WAIT,
    );
    expect(within(banner).getByRole('link', { name: 'Renew' })).toHaveAttribute(
      'href',
      '/renew/sas-hz-0001?region=cn-hangzhou',
    );
    expect(await summary('Status')).toHaveTextContent('Expiring');
    expect(await summary('Days left')).toHaveTextContent('5 days');
  });

  it('expired: the countdown to data removal and the retained data with counts (R2, R3)', async () => {
    await scenario('expired-retention');
    renderRoute('/overview');
    const banner = await screen.findByRole(
      'alert',
      { name: 'Your subscription has expired: your assets are no longer protected' },
      WAIT,
    );
    // expired a day ago, data kept 3 days: removal in about 2 days
    expect(within(banner).getByRole('timer', { name: 'Data removal in' })).toHaveTextContent(
      /^(1 day 23 hours|2 days)$/,
    );
    const retained = within(banner).getByRole('list', { name: 'Retained configurations and data' });
    const rows = within(retained)
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(rows).toEqual([
      'Asset groups4',
      'Tags12',
      'Quarantined files3',
      'Vulnerability whitelist7',
      'Baseline check policies5',
      'Baseline check whitelist2',
      'Asset fingerprints184',
    ]);
    expect(within(banner).getByRole('link', { name: 'Renew' })).toBeInTheDocument();
    expect(await summary('Status')).toHaveTextContent('Expired');
    expect(screen.queryByRole('link', { name: 'Upgrade' })).not.toBeInTheDocument();
  });

  it('released: what was removed, Buy, and the header says Basic (R4, R15)', async () => {
    await scenario('released');
    renderRoute('/overview');
    const banner = await screen.findByRole(
      'alert',
      { name: 'Your subscription was released' },
      WAIT,
    );
    const removed = within(banner).getByRole('list', { name: 'Removed' });
    expect(within(removed).getAllByRole('listitem')).toHaveLength(7);
    expect(removed).toHaveTextContent('Quarantined files');
    expect(within(banner).getByRole('link', { name: 'Buy' })).toHaveAttribute(
      'href',
      '/upgrade/sas-hz-0001?method=edition&region=cn-hangzhou',
    );
    expect(await screen.findByRole('status', { name: 'Edition: Basic' }, WAIT)).toBeInTheDocument();
    expect(await summary('Status')).toHaveTextContent('Released');
    expect(await summary('Edition')).toHaveTextContent('Served as Basic since the release');
    expect(screen.queryByRole('link', { name: 'Renew' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Renew' })).not.toBeInTheDocument();
    expect(screen.queryByRole('meter')).not.toBeInTheDocument();
  });

  it('Basic: what Basic includes and Buy, no quota, no Renew', async () => {
    await scenario('basic-only');
    renderRoute('/overview');
    const card = await screen.findByRole(
      'region',
      { name: 'You are on the free Basic edition' },
      WAIT,
    );
    expect(await within(card).findByText('Security score', {}, WAIT)).toBeInTheDocument();
    expect(within(card).getByText('Vulnerability scanning')).toBeInTheDocument();
    expect(within(card).getByRole('link', { name: 'Buy' })).toHaveAttribute(
      'href',
      '/upgrade/sas-hz-0001?method=edition&region=cn-hangzhou',
    );
    expect(await summary('Billing mode')).toHaveTextContent('Free');
    expect(await summary('Expiry date')).toHaveTextContent('No expiry');
    expect(screen.queryByRole('meter')).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Renew' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Upgrade' })).not.toBeInTheDocument();
  });

  it('pay-per-use: the hourly rate, no quota and no expiry; the region switch follows ?region=', async () => {
    await scenario('multi-region');
    const { user, router } = renderRoute('/overview');
    expect(await meter()).toHaveAttribute('aria-valuenow', '8');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Region' }), 'Frankfurt');
    await waitFor(() => expect(router.state.location.search).toBe('?region=eu-central-1'));

    const card = await screen.findByRole('region', { name: 'Pay-per-use' }, WAIT);
    expect(await within(card).findByText('$0.03 per asset per hour', {}, WAIT)).toBeInTheDocument();
    // 17 assets × 3 cents
    expect(within(card).getByText('$0.51 per hour for 17 assets')).toBeInTheDocument();
    expect(await summary('Edition')).toHaveTextContent('Professional');
    expect(await summary('Billing mode')).toHaveTextContent('Pay-per-use');
    expect(await summary('Expiry date')).toHaveTextContent('No expiry');
    expect(screen.queryByRole('meter')).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Renew' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Upgrade' })).not.toBeInTheDocument();
  });

  it('words the page in Chinese', async () => {
    const { i18n } = await import('@/lib/i18n');
    await i18n.changeLanguage('zh');
    try {
      await scenario('expiring-soon');
      renderRoute('/overview');
      expect(
        await screen.findByRole('heading', { level: 1, name: '概览' }, WAIT),
      ).toBeInTheDocument();
      expect(
        await screen.findByRole('alert', { name: '您的订阅将在 5 天后到期' }, WAIT),
      ).toBeInTheDocument();
      expect(screen.getAllByRole('link', { name: '续费' }).length).toBeGreaterThan(0);
    } finally {
      await i18n.changeLanguage('en');
    }
  });
});
