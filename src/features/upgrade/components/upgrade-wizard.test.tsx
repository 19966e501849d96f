import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { apiPost } from '@/lib/api-client';
import { renderRoute } from '@/test/render';
import { step, total } from '@/test/wizard';

describe('Upgrade wizard', { timeout: 30_000 }, () => {
  it('prices the seed example live: 13 of 10 assets, quota 13, 120 days → $94.68 (R8)', async () => {
    await apiPost('/demo/scenario', { name: 'upgrade-required' });
    const { user, router } = renderRoute('/upgrade/sas-hz-0001');
    expect(await step('Current configuration')).toBeInTheDocument();
    expect(screen.getByText('An upgrade is required')).toBeInTheDocument();
    // the method is kept in the URL
    await waitFor(() => expect(router.state.location.search).toContain('method=quota'));

    await user.click(screen.getByRole('button', { name: 'Next' }));
    await step('Choose the upgrade');
    expect(screen.getByRole('radio', { name: /^Increase Quota/ })).toBeChecked();
    const quota = screen.getByRole('textbox', { name: 'Asset quota' });
    expect(quota).toHaveValue('13');
    expect(quota).toHaveAccessibleDescription(
      /At least 13: the quota must cover all 13 billable assets and rise above the current 10\. At most 10,000/,
    );
    expect(await total('$94.68')).toBeInTheDocument();
    expect(
      within(screen.getByRole('table', { name: 'Price' })).getByText(
        'Upgrade Standard × 10 → Standard × 13 for the remaining 120 days',
      ),
    ).toBeInTheDocument();

    await user.clear(quota);
    await user.type(quota, '20');
    // (800 × 20 − 800 × 10) × 12 × 120 / 365 → 31562 cents
    expect(await total('$315.62')).toBeInTheDocument();
  });

  it('shows a rule error beside the quota field, in customer words, and stays on the step', async () => {
    const { user } = renderRoute('/upgrade/sas-hz-0001?method=quota');
    await step('Current configuration');
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await step('Choose the upgrade');
    const quota = screen.getByRole('textbox', { name: 'Asset quota' });
    await user.clear(quota);
    await user.type(quota, '10');
    await waitFor(() =>
      expect(quota).toHaveAccessibleDescription(
        expect.stringContaining('The quota would not change. Enter at least 11 to increase it.'),
      ),
    );
    expect(quota).toHaveAttribute('aria-invalid', 'true');
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(
      screen.getByRole('heading', { level: 2, name: 'Choose the upgrade' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('Fix the highlighted field to continue.');
    expect(quota).toHaveFocus();
  });

  it('switches the method in the URL and offers only higher editions with their differences (R9, R10)', async () => {
    const { user, router } = renderRoute('/upgrade/sas-hz-0001?method=quota');
    await step('Current configuration');
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await step('Choose the upgrade');
    await user.click(screen.getByRole('radio', { name: /^Version Upgrade/ }));
    await waitFor(() => expect(router.state.location.search).toContain('method=edition'));
    expect(await screen.findByRole('radio', { name: /^Professional/ })).toBeChecked();
    expect(screen.queryByRole('radio', { name: /^Standard/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('radio', { name: /^Basic/ })).not.toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Edition differences' });
    const row = within(table).getByRole('row', { name: /Web tamper protection/ });
    expect(within(row).getAllByText('Not included')).toHaveLength(2);
    expect(within(row).getAllByText('Included')).toHaveLength(1);
    // (1500 − 800) × 10 × 12 × 200 / 365 → 46027 cents
    expect(await total('$460.27')).toBeInTheDocument();
  });

  it('is a new purchase from Basic: pay-per-use for Professional only, no quota then (R17)', async () => {
    await apiPost('/demo/scenario', { name: 'basic-only' });
    const { user } = renderRoute('/upgrade/sas-hz-0001');
    expect(await screen.findByRole('heading', { level: 1, name: 'Buy' })).toBeInTheDocument();
    await step('Current configuration');
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await step('Configure your purchase');
    expect(screen.getByRole('radio', { name: /^Standard/ })).toBeChecked();
    expect(screen.queryByRole('radio', { name: /^Pay-per-use/ })).not.toBeInTheDocument();
    expect(
      screen.getByText('Pay-per-use is offered for the Professional edition only.'),
    ).toBeInTheDocument();
    // 2 assets × 1 year (billed 10 months) × 800 cents
    expect(await total('$160.00')).toBeInTheDocument();

    await user.click(screen.getByRole('radio', { name: /^Professional/ }));
    await user.click(await screen.findByRole('radio', { name: /^Pay-per-use/ }));
    expect(screen.queryByRole('textbox', { name: 'Asset quota' })).not.toBeInTheDocument();
    expect(screen.queryByRole('radiogroup', { name: 'Validity' })).not.toBeInTheDocument();
    expect(await total('$0.00')).toBeInTheDocument();
    expect(
      screen.getByText(
        'Nothing is charged now. Then $0.03 per asset per hour, billed hourly while you use it.',
      ),
    ).toBeInTheDocument();

    // paid: the result stays on screen (the refresh after the purchase does not re-quote it)
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await step('Review and pay');
    await user.click(
      screen.getByRole('checkbox', { name: 'I have read and agree to the Disclaimer' }),
    );
    await user.click(screen.getByRole('button', { name: 'Pay Now' }));
    expect(await step('Payment succeeded')).toBeInTheDocument();
    expect(
      await screen.findByRole('status', { name: 'Edition: Professional' }),
    ).toBeInTheDocument();
  });

  it('explains why an expired subscription cannot be upgraded, with Renew as the way forward', async () => {
    await apiPost('/demo/scenario', { name: 'expired-retention' });
    renderRoute('/upgrade/sas-hz-0001');
    expect(await step('This subscription cannot be upgraded now')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Renew' })).toHaveAttribute(
      'href',
      '/renew/sas-hz-0001?region=cn-hangzhou',
    );
  });

  it('offers Increase Quota only on the highest edition, and refuses pay-per-use with the reason', async () => {
    await apiPost('/demo/scenario', { name: 'multi-region' });
    const { user, router, unmount } = renderRoute('/upgrade/sas-sg-0001?method=edition');
    await step('Current configuration');
    // no higher edition than Professional: ?method= follows what is on offer
    await waitFor(() => expect(router.state.location.search).toContain('method=quota'));
    expect(router.state.location.search).toContain('region=ap-southeast-1');
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await step('Choose the upgrade');
    expect(screen.getByRole('radio', { name: /^Increase Quota/ })).toBeChecked();
    expect(screen.queryByRole('radio', { name: /^Version Upgrade/ })).not.toBeInTheDocument();
    unmount();

    renderRoute('/upgrade/sas-fra-0001');
    expect(await step('This subscription cannot be upgraded now')).toBeInTheDocument();
    expect(
      screen.getByText(
        'Pay-per-use already bills every asset by the hour: there is nothing to upgrade.',
      ),
    ).toBeInTheDocument();
  });
  it('suggests the quota that lasts until expiry in a version upgrade too, priced, set in one click (issue 24)', async () => {
    // 16 of 20 assets, doubled in 30 days, 150 days left: the API suggests 56
    await apiPost('/demo/scenario', { name: 'rising-trend' });
    const { user } = renderRoute('/upgrade/sas-hz-0001?method=edition');
    await step('Current configuration');
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await step('Choose the upgrade');
    expect(screen.getByText('Suggested for your growth: 56 assets')).toBeInTheDocument();
    // Professional × 56 − Standard × 20 for 150 days: (84 000 − 16 000) × 12 × 150 / 365 → 335 342 cents
    expect(await screen.findByText('$3,353.42')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Use 56 as the quota' }));
    expect(screen.getByRole('textbox', { name: 'Asset quota' })).toHaveValue('56');
    expect(screen.getByText('The suggested quota is in use')).toBeInTheDocument();
    expect(await total('$3,353.42')).toBeInTheDocument();
  });

  it('offers no suggestion when the trend is steady', async () => {
    await apiPost('/demo/scenario', { name: 'healthy' });
    const { user } = renderRoute('/upgrade/sas-hz-0001?method=quota');
    await step('Current configuration');
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await step('Choose the upgrade');
    // priced (10 → 11, 200 days: 800 × 12 × 200 / 365 → 5 260 cents) before looking for what is absent
    expect(await total('$52.60')).toBeInTheDocument();
    expect(screen.queryByText(/Suggested for your growth/)).not.toBeInTheDocument();
  });
});
