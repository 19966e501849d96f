import { configure, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { apiPost } from '@/lib/api-client';
import { renderRoute } from '@/test/render';
import { returnPath } from './return-path';

// these render the real routes with the shell: generous waits on a busy machine
configure({ asyncUtilTimeout: 5000 });

describe('Assigning permissions (R14)', { timeout: 30_000 }, () => {
  it('explains the roles and how an administrator grants the purchase permission', async () => {
    await apiPost('/demo/scenario', { name: 'readonly' });
    renderRoute('/help/permissions');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Assigning permissions' }),
    ).toBeInTheDocument();
    const roles = screen.getByRole('table');
    expect(within(roles).getByRole('rowheader', { name: 'Administrator' })).toBeInTheDocument();
    expect(within(roles).getByRole('rowheader', { name: 'Read-only' })).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { name: 'How an administrator grants the purchase permission' }),
    ).toBeInTheDocument();
    expect(screen.getAllByRole('listitem').length).toBeGreaterThanOrEqual(3);
    expect(
      await screen.findByText(/purchases are refused until an administrator grants you/),
    ).toBeInTheDocument();
  });

  it('links back to the purchase that was refused, and only inside the console', async () => {
    const { unmount } = renderRoute(
      '/help/permissions?from=%2Frenew%2Fsas-hz-0001%3Fregion%3Dcn-hangzhou',
    );
    expect(await screen.findByRole('link', { name: 'Back to your purchase' })).toHaveAttribute(
      'href',
      '/renew/sas-hz-0001?region=cn-hangzhou',
    );
    unmount();
    renderRoute('/help/permissions?from=https%3A%2F%2Fevil.example');
    await screen.findByRole('heading', { level: 1, name: 'Assigning permissions' });
    expect(screen.queryByRole('link', { name: 'Back to your purchase' })).not.toBeInTheDocument();
  });

  it.each([
    ['/renew/sas-hz-0001', '/renew/sas-hz-0001'],
    ['//evil.example/x', null],
    ['/\\evil.example', null],
    ['https://evil.example', null],
    [null, null],
  ])('returnPath(%s) → %s', (from, expected) => {
    expect(returnPath(from)).toBe(expected);
  });
});
