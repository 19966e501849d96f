import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { apiGet, apiPost } from '@/lib/api-client';
import { renderRoute } from '@/test/render';
import { step, total } from '@/test/wizard';

describe('Renew wizard', { timeout: 30_000 }, () => {
  it('walks details → validity → review → result, with the quota locked and prices from the API', async () => {
    const { user } = renderRoute('/renew/sas-hz-0001');
    expect(await step('Confirm the order details')).toBeInTheDocument();
    const quota = screen.getByRole('textbox', { name: 'Asset quota' });
    expect(quota).toHaveValue('10');
    expect(quota).toHaveAttribute('readonly');
    expect(quota).toHaveAccessibleDescription(
      'The asset count cannot change during a renewal. To protect more assets, increase the quota with an upgrade instead.',
    );

    await user.click(screen.getByRole('button', { name: 'Next' }));
    const heading = await step('Choose the validity');
    await waitFor(() => expect(heading).toHaveFocus());
    // every option priced by POST /quotes: 800 cents × 10 assets × billed months
    expect(
      await screen.findByRole('radio', { name: /^1 month \$80\.00 New expiry/ }),
    ).toBeInTheDocument();
    expect(await screen.findByRole('radio', { name: /^1 year \$800\.00/ })).toBeChecked();
    await user.click(screen.getByRole('radio', { name: /^2 months/ }));

    await user.click(screen.getByRole('button', { name: 'Next' }));
    await step('Review and pay');
    expect(await total('$160.00')).toBeInTheDocument();

    await user.click(
      screen.getByRole('checkbox', { name: 'I have read and agree to the Disclaimer' }),
    );
    await user.click(screen.getByRole('button', { name: 'Pay Now' }));
    const result = await step('Payment succeeded');
    await waitFor(() => expect(result).toHaveFocus());
    const items = screen.getByRole('table', { name: 'Items' });
    expect(within(items).getByText('$160.00')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to Overview' })).toHaveAttribute(
      'href',
      '/overview?region=cn-hangzhou',
    );
    expect(screen.getByRole('link', { name: 'View orders' })).toHaveAttribute(
      'href',
      '/orders?region=cn-hangzhou',
    );
  });

  it('shows the API’s Disclaimer refusal beside the checkbox (R13)', async () => {
    const { user } = renderRoute('/renew/sas-hz-0001');
    await step('Confirm the order details');
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await step('Choose the validity');
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await step('Review and pay');
    await user.click(screen.getByRole('button', { name: 'Pay Now' }));
    const checkbox = screen.getByRole('checkbox', {
      name: 'I have read and agree to the Disclaimer',
    });
    await waitFor(() =>
      expect(checkbox).toHaveAccessibleDescription(
        'To pay, tick “I have read and agree to the Disclaimer”.',
      ),
    );
    const { items } = await apiGet<{ items: { type: string }[] }>('/orders');
    expect(items.filter((o) => o.type === 'renew')).toHaveLength(0);
  });

  it('turns UPGRADE_REQUIRED into the way forward: a link to Upgrade (R7)', async () => {
    await apiPost('/demo/scenario', { name: 'upgrade-required' });
    renderRoute('/renew/sas-hz-0001');
    expect(await step('Upgrade first')).toBeInTheDocument();
    expect(
      screen.getByText(/13 billable assets have reached 120 % of the quota of 10/),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Upgrade' })).toHaveAttribute(
      'href',
      '/upgrade/sas-hz-0001?method=quota&region=cn-hangzhou',
    );
    expect(screen.queryByRole('button', { name: 'Next' })).not.toBeInTheDocument();
  });

  it('turns SUBSCRIPTION_RELEASED into Buy (R4)', async () => {
    await apiPost('/demo/scenario', { name: 'released' });
    renderRoute('/renew/sas-hz-0001');
    expect(await step('Buy a new subscription')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Buy' })).toHaveAttribute(
      'href',
      '/upgrade/sas-hz-0001?method=edition&region=cn-hangzhou',
    );
  });

  it('lists what an expired subscription keeps until the data is removed (R3)', async () => {
    await apiPost('/demo/scenario', { name: 'expired-retention' });
    renderRoute('/renew/sas-hz-0001');
    expect(await screen.findByText(/your assets are no longer protected$/)).toBeInTheDocument();
    expect(screen.getByText('Asset groups: 4')).toBeInTheDocument();
    expect(screen.getByText('Baseline check policies: 5')).toBeInTheDocument();
  });
});
