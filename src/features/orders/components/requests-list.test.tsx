import { configure, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { apiGet, apiPatch, apiPost } from '@/lib/api-client';
import { readDraft } from '@/lib/wizard-draft';
import { renderRoute } from '@/test/render';

configure({ asyncUtilTimeout: 5000 });
vi.setConfig({ testTimeout: 20_000 });

const ask = () =>
  apiPost<{ id: string }>('/purchase-requests', {
    order: {
      type: 'upgrade',
      method: 'quota',
      quota: 14,
      subscriptionId: 'sas-hz-0001',
      expectedVersion: 1,
      disclaimerAccepted: false,
    },
    note: 'For the new servers',
  });

describe('Orders → Requests (issue 24)', () => {
  it('lists a request with who, the note and prices; a readonly user gets no actions', async () => {
    await apiPatch('/demo', { role: 'readonly' });
    const { id } = await ask();
    renderRoute('/orders?tab=requests');
    const item = await screen.findByRole('listitem', { name: id });
    expect(item).toHaveTextContent('Increase the quota in China (Hangzhou) to 14 assets');
    expect(item).toHaveTextContent('Requested by readonly');
    expect(item).toHaveTextContent('Note: For the new servers');
    expect(within(item).getByText('Open')).toBeInTheDocument();
    expect(within(item).queryByRole('button')).toBeNull();
    expect(screen.getByRole('tab', { name: 'Requests (1 open)' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
  });

  it('an admin declines with a reason; Review and pay seeds the wizard at its review step', async () => {
    const { id } = await ask();
    const second = await ask();
    const { user } = renderRoute('/orders?tab=requests');
    await user.click(await screen.findByRole('button', { name: `Decline request ${id}` }));
    const dialog = await screen.findByRole('dialog', { name: `Decline request ${id}` });
    await user.click(within(dialog).getByRole('button', { name: 'Decline request' }));
    expect(within(dialog).getByText('Say why the request is declined.')).toBeInTheDocument();
    await user.type(within(dialog).getByRole('textbox', { name: /Reason/ }), 'Not this quarter');
    await user.click(within(dialog).getByRole('button', { name: 'Decline request' }));
    const declined = await screen.findByText('Declined by admin: Not this quarter');
    expect(declined).toBeInTheDocument();
    const one = await apiGet<{ status: string }>(`/purchase-requests/${id}`);
    expect(one.status).toBe('declined');

    await user.click(screen.getByRole('button', { name: `Review and pay request ${second.id}` }));
    // the wizard's loader seeds its review step from the request
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Review and pay' }, { timeout: 15_000 }),
    ).toBeInTheDocument();
    expect(screen.getByText(`Paying purchase request ${second.id}`)).toBeInTheDocument();
    expect(readDraft('upgrade:sas-hz-0001')).toMatchObject({
      step: 2,
      values: { method: 'quota', quota: 14 },
    });
  });
});
