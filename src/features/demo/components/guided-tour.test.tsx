import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DemoStateSchema, SubscriptionDetailSchema } from '@/domain/contract';
import { apiGet, apiPost } from '@/lib/api-client';
import { useState } from 'react';
import { useLocation } from 'react-router';
import { renderWithProviders } from '@/test/render';
import { DemoLayer } from './demo-layer';
import { GuidedTour } from './guided-tour';

const demo = () => apiGet('/demo', { schema: DemoStateSchema });
const hangzhou = () => apiGet('/subscriptions/sas-hz-0001', { schema: SubscriptionDetailSchema });

function Where() {
  const location = useLocation();
  return <output aria-label="Location">{location.pathname + location.search}</output>;
}

function Layer() {
  const [opened, setOpened] = useState(true);
  return <DemoLayer opened={opened} onClose={() => setOpened(false)} />;
}

function renderLayer() {
  return renderWithProviders(
    <>
      <Layer />
      <Where />
    </>,
    { route: '/messages' },
  );
}

const location = () => screen.getByRole('status', { name: 'Location' });

describe('the guided tour', () => {
  it(
    'story 1: each step sets the data and opens its page; Back and Next move',
    { timeout: 20_000 },
    async () => {
      const { user } = renderLayer();
      await apiPost('/demo/scenario', { name: 'expired-retention' });
      await user.click(await screen.findByRole('button', { name: 'Start: Upgrade at 120 %' }));

      const tour = await screen.findByRole('region', { name: /Step 1 of 5 · Within quota/ });
      await waitFor(() => expect(location()).toHaveTextContent('/overview?region=cn-hangzhou'));
      await waitFor(async () => expect((await demo()).scenario).toBe('healthy'));
      expect((await demo()).clockOffsetMs).toBe(0);

      await user.click(within(tour).getByRole('button', { name: 'Next step' }));
      expect(
        await screen.findByRole('region', { name: /Step 2 of 5 · Assets grow past 120 %/ }),
      ).toBeInTheDocument();
      await waitFor(async () => expect((await hangzhou()).billableAssets.total).toBe(12));
      expect((await hangzhou()).upgradeRequired).toBe(true);

      await user.click(screen.getByRole('button', { name: 'Next step' }));
      await screen.findByRole('region', { name: /Step 3 of 5 · Upgrade appears/ });
      await user.click(await screen.findByRole('button', { name: 'Next step' }));
      await screen.findByRole('region', { name: /Step 4 of 5 · Upgrade$/ });
      await waitFor(() =>
        expect(location()).toHaveTextContent(
          '/upgrade/sas-hz-0001?method=quota&region=cn-hangzhou',
        ),
      );

      // not paid: the last step says so
      await user.click(await screen.findByRole('button', { name: 'Next step' }));
      await screen.findByRole('region', { name: /Step 5 of 5 · It disappears/ });
      await waitFor(() => expect(location()).toHaveTextContent('/overview?region=cn-hangzhou'));
      expect(await screen.findByText(/the upgrade was not paid/)).toBeInTheDocument();

      await user.click(screen.getByRole('button', { name: 'Previous step' }));
      await screen.findByRole('region', { name: /Step 4 of 5/ });
      await user.click(await screen.findByRole('button', { name: 'Next step' }));
      await user.click(await screen.findByRole('button', { name: 'Finish tour' }));
      await waitFor(() => expect(screen.queryByRole('region', { name: /Step/ })).toBeNull());
    },
  );

  it('story 2: 5 days before expiry, 1 day after, 4 days after', { timeout: 20_000 }, async () => {
    const { user } = renderLayer();
    await user.click(await screen.findByRole('button', { name: 'Start: Expiry and data removal' }));
    await screen.findByRole('region', { name: /Step 1 of 3 · Expiring soon/ });
    await waitFor(async () => expect((await hangzhou()).status).toBe('expiring'));
    expect((await hangzhou()).daysLeft).toBe(5);

    await user.click(await screen.findByRole('button', { name: 'Next step' }));
    await screen.findByRole('region', { name: /Step 2 of 3 · Expired: data retained/ });
    await waitFor(async () => expect((await hangzhou()).status).toBe('expired'));

    await user.click(await screen.findByRole('button', { name: 'Next step' }));
    await screen.findByRole('region', { name: /Step 3 of 3 · Released: data removed/ });
    await waitFor(async () => expect((await hangzhou()).status).toBe('released'));
    expect((await hangzhou()).effectiveEdition).toBe('basic');

    await user.click(screen.getByRole('button', { name: 'End the tour' }));
    await waitFor(() => expect(screen.queryByRole('region', { name: /Step/ })).toBeNull());
  });

  it(
    'takes its numbers from the API: assets grow to the upgrade point of the quota there is',
    { timeout: 20_000 },
    async () => {
      // a quota of 20 instead of the healthy scenario's 10: the upgrade point is 24, not 12
      const view = await hangzhou();
      await apiPost(
        '/orders',
        {
          type: 'upgrade',
          method: 'quota',
          quota: 20,
          subscriptionId: view.subscription.id,
          expectedVersion: view.subscription.version,
          disclaimerAccepted: true,
        },
        { headers: { 'Idempotency-Key': 'tour-quota-20' } },
      );
      renderWithProviders(
        <GuidedTour
          position={{ story: 'upgrade', step: 1 }}
          onMove={() => undefined}
          onEnd={() => undefined}
        />,
      );
      await waitFor(async () => expect((await hangzhou()).billableAssets.total).toBe(24));
      expect((await hangzhou()).upgradeRequired).toBe(true);
      // the card says the numbers the API gives
      expect(
        await screen.findByText(
          /^The customer adds servers: 24 billable assets \(21 ECS instances, 3 external servers\) for a quota of 20\. Quota usage reaches 120 %/,
        ),
      ).toBeInTheDocument();
    },
  );
});
