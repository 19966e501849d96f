import { configure, screen, waitFor, within } from '@testing-library/react';
import { delay, http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { server } from '@/mocks/node';
import { apiGet, apiPatch, apiPost, apiUrl } from '@/lib/api-client';
import { renderRoute } from '@/test/render';

type View = {
  effectiveEdition: string;
  subscription: {
    autoRenew: boolean;
    autoRenewMonths: number | null;
    tags: unknown[];
    version: number;
  };
};
type Orders = { items: { id: string; type: string; amount: number }[] };

/** The rows of a region: its details, then its actions (a row group per region). */
async function row(region: string) {
  const header = await screen.findByRole('rowheader', { name: new RegExp(`^${region}`) });
  return header.closest('tbody')!;
}

/** The names of the actions offered in a row: links (to a wizard) and buttons (a dialog). */
function actionsOf(tr: HTMLElement) {
  const cell = within(tr).getAllByRole('cell').at(-1)!;
  return [...within(cell).queryAllByRole('link'), ...within(cell).queryAllByRole('button')].map(
    (element) => element.textContent,
  );
}

// the first render of a lazy route compiles it, and dialogs type and wait for live quotes:
// give finds and tests more time than the defaults on a busy machine
configure({ asyncUtilTimeout: 5000 });
vi.setConfig({ testTimeout: 20_000 });

const dialog = (name: string | RegExp) => screen.findByRole('dialog', { name });

describe('Purchased Resources', () => {
  it('shows a skeleton while the regions load', async () => {
    server.use(http.get(apiUrl('/subscriptions'), () => delay('infinite')));
    renderRoute('/purchased-resources');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Purchased Resources' }),
    ).toBeInTheDocument();
    const main = screen.getByRole('main');
    expect(within(main).getByRole('status')).toHaveTextContent('Loading…');
    expect(within(main).queryByRole('table')).not.toBeInTheDocument();
  });

  it('shows an error with Retry, and the rows once a retry succeeds', async () => {
    let down = true;
    server.use(
      http.get(apiUrl('/subscriptions'), () => {
        if (!down) return undefined;
        return HttpResponse.json(
          { error: { code: 'SERVICE_UNAVAILABLE', message: 'Down.' } },
          { status: 503 },
        );
      }),
    );
    const { user } = renderRoute('/purchased-resources');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'The service is temporarily unavailable. Please try again in a moment.',
    );
    down = false;
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await row('China \\(Hangzhou\\)')).toBeInTheDocument();
  });

  it('multi-region: one row per region, each with the actions its API view allows (R16)', async () => {
    await apiPost('/demo/scenario', { name: 'multi-region' });
    renderRoute('/purchased-resources');
    const table = await screen.findByRole('table', { name: 'Subscriptions by region' });
    expect(within(table).getAllByRole('rowheader')).toHaveLength(4);

    // Standard, subscription: every operation
    const hz = await row('China \\(Hangzhou\\)');
    expect(actionsOf(hz)).toEqual([
      'Upgrade',
      'Increase Quota',
      'Renew',
      'Buy Value-add Pack',
      'Edit tags',
      'Unsubscribe',
    ]);
    expect(within(hz).getByRole('link', { name: 'Upgrade' })).toHaveAttribute(
      'href',
      '/upgrade/sas-hz-0001?method=edition&region=cn-hangzhou',
    );
    expect(within(hz).getByRole('link', { name: 'Increase Quota' })).toHaveAttribute(
      'href',
      '/upgrade/sas-hz-0001?method=quota&region=cn-hangzhou',
    );
    expect(within(hz).getByRole('link', { name: 'Renew' })).toHaveAttribute(
      'href',
      '/renew/sas-hz-0001?region=cn-hangzhou',
    );
    // the buttons say which region they act on
    expect(within(hz).getByRole('link', { name: 'Renew' })).toHaveAccessibleDescription(
      'China (Hangzhou)',
    );

    // Professional, subscription: no higher edition to upgrade to
    const sg = await row('Singapore');
    expect(actionsOf(sg)).toEqual([
      'Increase Quota',
      'Renew',
      'Buy Value-add Pack',
      'Edit tags',
      'Unsubscribe',
    ]);
    expect(within(sg).getByText('50 assets')).toBeInTheDocument();
    expect(within(sg).getByText('36 ECS · 6 external')).toBeInTheDocument();

    // Professional, pay-per-use: no quota, no expiry, nothing to renew
    const fra = await row('Frankfurt');
    expect(actionsOf(fra)).toEqual(['Edit tags', 'Unsubscribe']);
    expect(within(fra).getByText('Pay-per-use')).toBeInTheDocument();
    expect(within(fra).getByText('No quota')).toBeInTheDocument();
    expect(within(fra).getByText('No expiry')).toBeInTheDocument();
    expect(within(fra).getByText('Not applicable')).toBeInTheDocument();

    // Basic: Buy (a new purchase)
    const use = await row('Virginia');
    expect(actionsOf(use)).toEqual(['Buy', 'Edit tags']);
    expect(within(use).getByRole('link', { name: 'Buy' })).toHaveAttribute(
      'href',
      '/upgrade/sas-use-0001?method=edition&region=us-east-1',
    );
  });

  it('after signing in, reopens no dialog the API no longer offers, nor one it cannot read', async () => {
    await apiPost('/demo/scenario', { name: 'multi-region' });
    // a session ended with these open (dialog-draft.ts): Frankfurt is pay-per-use, with no pack
    // to buy; the other names no dialog the page has
    for (const [kind, subscriptionId] of [
      ['pack', 'sas-fra-0001'],
      ['refund', 'sas-hz-0001'],
    ]) {
      sessionStorage.setItem(
        'sc.wizard-draft:purchased-resources:dialog',
        JSON.stringify({ values: { kind, subscriptionId }, step: 0 }),
      );
      const { unmount } = renderRoute('/purchased-resources');
      expect(actionsOf(await row('Frankfurt'))).toEqual(['Edit tags', 'Unsubscribe']);
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
      unmount();
      expect(sessionStorage.length).toBe(0);
    }
  });

  it('a released region is served as Basic and offers Buy, not Renew (R4)', async () => {
    await apiPost('/demo/scenario', { name: 'released' });
    renderRoute('/purchased-resources');
    const hz = await row('China \\(Hangzhou\\)');
    expect(within(hz).getByText('Released')).toBeInTheDocument();
    expect(within(hz).getByText('Released (was Standard)')).toBeInTheDocument();
    expect(within(hz).getByText('Expired 4 days ago')).toBeInTheDocument();
    expect(actionsOf(hz)).toEqual(['Buy', 'Edit tags']);
  });

  it('marks a region whose assets reached the upgrade threshold, and offers no Renew (R7)', async () => {
    await apiPost('/demo/scenario', { name: 'upgrade-required' });
    renderRoute('/purchased-resources');
    const hz = await row('China \\(Hangzhou\\)');
    expect(within(hz).getByText('Upgrade required')).toBeInTheDocument();
    expect(within(hz).getByText('130 % of quota')).toBeInTheDocument();
    expect(actionsOf(hz)).not.toContain('Renew');
  });

  it('buys a value-added pack: live quote, Disclaimer, Pay Now, the order and its receipt', async () => {
    const { user } = renderRoute('/purchased-resources');
    const hz = await row('China \\(Hangzhou\\)');
    await user.click(within(hz).getByRole('button', { name: 'Buy Value-add Pack' }));
    const modal = await dialog('Buy Value-add Pack: China (Hangzhou)');

    // 2 × 2000 cents a month for 200 days: round(4000 × 12 × 200 / 365) = 26301 cents
    const quantity = within(modal).getByRole('textbox', { name: 'Quantity' });
    expect(quantity).toHaveAccessibleDescription('From 1 to 100.');
    await user.clear(quantity);
    await user.type(quantity, '2');
    const items = await within(modal).findByRole('table', { name: 'Price' });
    await waitFor(() =>
      expect(items).toHaveTextContent('Log storage, 100 GB × 2 for the remaining 200 days$263.01'),
    );

    await user.click(
      within(modal).getByRole('checkbox', { name: 'I have read and agree to the Disclaimer' }),
    );
    await user.click(within(modal).getByRole('button', { name: 'Pay Now' }));
    expect(
      await within(modal).findByRole('heading', { name: 'Payment succeeded' }),
    ).toBeInTheDocument();
    const { items: orders } = await apiGet<Orders>('/orders');
    const placed = orders[0]!;
    expect(placed).toMatchObject({ type: 'value-added-pack', amount: 26301 });
    expect(within(modal).getByText(placed.id)).toBeInTheDocument();
    expect(within(modal).getByRole('link', { name: 'View the receipt' })).toHaveAttribute(
      'href',
      `/orders/${placed.id}?region=cn-hangzhou`,
    );
  });

  it('a payment that failed is retried with the same Idempotency-Key, and buys once', async () => {
    const keys: (string | null)[] = [];
    server.use(
      http.post(apiUrl('/orders'), ({ request }) => {
        keys.push(request.headers.get('Idempotency-Key'));
        if (keys.length > 1) return undefined; // the real mock answers the retry
        return HttpResponse.json(
          { error: { code: 'SERVICE_UNAVAILABLE', message: 'Down.' } },
          { status: 503 },
        );
      }),
    );
    const { user } = renderRoute('/purchased-resources');
    await user.click(
      within(await row('China \\(Hangzhou\\)')).getByRole('button', { name: 'Buy Value-add Pack' }),
    );
    const modal = await dialog(/^Buy Value-add Pack/);
    await user.click(
      within(modal).getByRole('checkbox', { name: 'I have read and agree to the Disclaimer' }),
    );
    const pay = within(modal).getByRole('button', { name: 'Pay Now' });
    await waitFor(() => expect(pay).toBeEnabled());
    await user.click(pay);
    const alert = await within(modal).findByRole('alert');
    expect(alert).toHaveTextContent('The payment did not go through');
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(
      await within(modal).findByRole('heading', { name: 'Payment succeeded' }),
    ).toBeInTheDocument();
    expect(keys).toHaveLength(2);
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(keys[1]).toBe(keys[0]);
    const { items } = await apiGet<Orders>('/orders');
    expect(items.filter((o) => o.type === 'value-added-pack')).toHaveLength(1);
  });

  it('shows the Disclaimer refusal beside the checkbox (R13)', async () => {
    const { user } = renderRoute('/purchased-resources');
    await user.click(
      within(await row('China \\(Hangzhou\\)')).getByRole('button', { name: 'Buy Value-add Pack' }),
    );
    const modal = await dialog(/^Buy Value-add Pack/);
    const pay = within(modal).getByRole('button', { name: 'Pay Now' });
    await waitFor(() => expect(pay).toBeEnabled());
    await user.click(pay);
    await waitFor(() =>
      expect(
        within(modal).getByRole('checkbox', { name: 'I have read and agree to the Disclaimer' }),
      ).toHaveAccessibleDescription('To pay, tick “I have read and agree to the Disclaimer”.'),
    );
  });

  it('readonly: Pay Now in the pack dialog is refused with the way to the permission (R14)', async () => {
    await apiPost('/demo/scenario', { name: 'readonly' });
    const { user } = renderRoute('/purchased-resources');
    expect(
      await screen.findByText(/Your account has a read-only role: you can see every subscription/),
    ).toBeInTheDocument();
    await user.click(
      within(await row('China \\(Hangzhou\\)')).getByRole('button', { name: 'Buy Value-add Pack' }),
    );
    const modal = await dialog(/^Buy Value-add Pack/);
    await user.click(
      within(modal).getByRole('checkbox', { name: 'I have read and agree to the Disclaimer' }),
    );
    const pay = within(modal).getByRole('button', { name: 'Pay Now' });
    await waitFor(() => expect(pay).toBeEnabled());
    await user.click(pay);
    const alert = await within(modal).findByRole('alert');
    expect(alert).toHaveTextContent('You do not have permission to pay');
    // the help page links back to this page
    expect(within(alert).getByRole('link', { name: 'Assigning permissions' })).toHaveAttribute(
      'href',
      '/help/permissions?region=cn-hangzhou&from=%2Fpurchased-resources',
    );
    const { items } = await apiGet<Orders>('/orders');
    expect(items.filter((o) => o.type === 'value-added-pack')).toHaveLength(0);
  });

  it('unsubscribes after a confirmation naming what is lost and the refund; the region is Basic again', async () => {
    const { user } = renderRoute('/purchased-resources');
    await user.click(
      within(await row('China \\(Hangzhou\\)')).getByRole('button', { name: 'Unsubscribe' }),
    );
    const modal = await dialog('Unsubscribe: China (Hangzhou)');
    expect(within(modal).getByText('The Standard edition (Monthly/yearly)')).toBeInTheDocument();
    expect(within(modal).getByText('Protection for 10 assets')).toBeInTheDocument();
    expect(within(modal).getByText('4 asset groups')).toBeInTheDocument();
    expect(within(modal).getByText('5 baseline check policies')).toBeInTheDocument();
    // R18: the healthy scenario's year (80 000 cents) was bought 165 of its 365 days ago:
    // consumed round(80 000 × 165 / 365) = 36 164, refunded 43 836
    const refund = await within(modal).findByRole('table', { name: 'Refund' });
    expect(refund).toHaveTextContent(
      /paid \$800\.00, consumed \$361\.64 \(165 of 365 days\)\$438\.36/,
    );

    await user.click(within(modal).getByRole('button', { name: 'Confirm Unsubscribe' }));
    const box = within(modal).getByRole('checkbox', { name: /^I understand/ });
    expect(box).toHaveAccessibleDescription(
      'Tick the box to confirm that you understand what is lost.',
    );
    await user.click(box);
    await user.click(within(modal).getByRole('button', { name: 'Confirm Unsubscribe' }));
    expect(await within(modal).findByRole('heading', { name: 'Unsubscribed' })).toBeInTheDocument();
    expect(within(modal).getByText(/Refund: \$438\.36/)).toBeInTheDocument();

    const view = await apiGet<View>('/subscriptions/sas-hz-0001');
    expect(view.effectiveEdition).toBe('basic');
    await user.click(within(modal).getByRole('button', { name: 'Close' }));
    await waitFor(async () =>
      expect(actionsOf(await row('China \\(Hangzhou\\)'))).toEqual(['Buy', 'Edit tags']),
    );
  });

  it('turns auto-renew on with its validity, saved by the API', async () => {
    const { user } = renderRoute('/purchased-resources');
    const hz = await row('China \\(Hangzhou\\)');
    const toggle = within(hz).getByRole('switch', { name: 'Auto-renew for China (Hangzhou)' });
    const validity = within(hz).getByRole('combobox', {
      name: 'Auto-renew validity for China (Hangzhou)',
    });
    expect(toggle).not.toBeChecked();
    expect(validity).toBeDisabled();
    await user.click(toggle);
    await waitFor(() => expect(toggle).toBeChecked());
    await waitFor(() => expect(validity).toBeEnabled());
    expect(validity).toHaveValue('1 year');
    let view = await apiGet<View>('/subscriptions/sas-hz-0001');
    expect(view.subscription).toMatchObject({ autoRenew: true, autoRenewMonths: 12 });

    await user.click(validity);
    await user.click(await screen.findByRole('option', { name: '3 months' }));
    await waitFor(async () => {
      view = await apiGet<View>('/subscriptions/sas-hz-0001');
      expect(view.subscription.autoRenewMonths).toBe(3);
    });
    await waitFor(() => expect(validity).toHaveValue('3 months'));
  });

  it('offers no auto-renew switch where renewal is not offered', async () => {
    await apiPost('/demo/scenario', { name: 'multi-region' });
    renderRoute('/purchased-resources');
    const use = await row('Virginia');
    expect(within(use).queryByRole('switch')).not.toBeInTheDocument();
    expect(screen.getAllByRole('switch')).toHaveLength(2);
  });

  it('readonly: a refused auto-renew change explains why, with the way to the permission', async () => {
    await apiPost('/demo/scenario', { name: 'readonly' });
    const { user } = renderRoute('/purchased-resources');
    const hz = await row('China \\(Hangzhou\\)');
    await user.click(within(hz).getByRole('switch', { name: 'Auto-renew for China (Hangzhou)' }));
    const alert = await within(hz).findByRole('alert');
    expect(alert).toHaveTextContent(
      'read-only role: it can view this subscription but not change it',
    );
    expect(within(alert).getByRole('link', { name: 'Assigning permissions' })).toHaveAttribute(
      'href',
      '/help/permissions?region=cn-hangzhou&from=%2Fpurchased-resources',
    );
    expect(within(hz).getByRole('switch')).not.toBeChecked();
  });

  it('tags: limits checked before sending, each error beside its field', async () => {
    const { user } = renderRoute('/purchased-resources');
    await user.click(
      within(await row('China \\(Hangzhou\\)')).getByRole('button', { name: 'Edit tags' }),
    );
    const modal = await dialog('Tags: China (Hangzhou)');
    expect(within(modal).getByRole('textbox', { name: 'Tag 1 key' })).toHaveValue('env');

    await user.click(within(modal).getByRole('button', { name: 'Add tag' }));
    const key2 = within(modal).getByRole('textbox', { name: 'Tag 2 key' });
    await waitFor(() => expect(key2).toHaveFocus());
    await user.type(key2, 'k'.repeat(37));
    await user.click(within(modal).getByRole('button', { name: 'Add tag' }));
    await user.type(within(modal).getByRole('textbox', { name: 'Tag 3 key' }), 'env');
    await user.click(within(modal).getByRole('button', { name: 'Save tags' }));

    expect(key2).toHaveAccessibleDescription('A tag key must be 1 to 36 characters long.');
    expect(key2).toHaveAttribute('aria-invalid', 'true');
    expect(within(modal).getByRole('textbox', { name: 'Tag 3 key' })).toHaveAccessibleDescription(
      'This tag key is used twice; keys must be unique.',
    );
    const view = await apiGet<View>('/subscriptions/sas-hz-0001');
    expect(view.subscription.tags).toEqual([{ key: 'env', value: 'production' }]);
  });

  it('tags: a refusal from the API is shown beside the field it names', async () => {
    server.use(
      http.patch(apiUrl('/subscriptions/:id'), () =>
        HttpResponse.json(
          {
            error: {
              code: 'VALIDATION_FAILED',
              message: 'A tag value may contain printable characters only.',
              field: 'tags.1.value',
              details: { rule: 'printable' },
            },
          },
          { status: 422 },
        ),
      ),
    );
    const { user } = renderRoute('/purchased-resources');
    await user.click(
      within(await row('China \\(Hangzhou\\)')).getByRole('button', { name: 'Edit tags' }),
    );
    const modal = await dialog('Tags: China (Hangzhou)');
    await user.click(within(modal).getByRole('button', { name: 'Add tag' }));
    await user.type(within(modal).getByRole('textbox', { name: 'Tag 2 key' }), 'team');
    await user.type(within(modal).getByRole('textbox', { name: 'Tag 2 value' }), 'blue');
    await user.click(within(modal).getByRole('button', { name: 'Save tags' }));
    await waitFor(() =>
      expect(
        within(modal).getByRole('textbox', { name: 'Tag 2 value' }),
      ).toHaveAccessibleDescription('A tag value may contain printable characters only.'),
    );
    expect(within(modal).getByRole('textbox', { name: 'Tag 2 key' })).not.toHaveAttribute(
      'aria-invalid',
      'true',
    );
  });

  it('tags: a change made elsewhere is a conflict; reloading the latest state keeps the edits', async () => {
    const { user } = renderRoute('/purchased-resources');
    await user.click(
      within(await row('China \\(Hangzhou\\)')).getByRole('button', { name: 'Edit tags' }),
    );
    const modal = await dialog('Tags: China (Hangzhou)');
    // another tab turns auto-renew on: the version moves on
    await apiPatch('/subscriptions/sas-hz-0001', { autoRenew: true, expectedVersion: 1 });
    const value = within(modal).getByRole('textbox', { name: 'Tag 1 value' });
    await user.clear(value);
    await user.type(value, 'staging');
    await user.click(within(modal).getByRole('button', { name: 'Save tags' }));
    const alert = await within(modal).findByRole('alert');
    expect(alert).toHaveTextContent('This subscription has changed');
    await user.click(within(alert).getByRole('button', { name: 'Reload the latest state' }));
    expect(await within(modal).findByText(/The latest state is loaded/)).toBeInTheDocument();
    expect(value).toHaveValue('staging');
    await user.click(within(modal).getByRole('button', { name: 'Save tags' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const view = await apiGet<View>('/subscriptions/sas-hz-0001');
    expect(view.subscription).toMatchObject({
      autoRenew: true,
      tags: [{ key: 'env', value: 'staging' }],
    });
  });
});
