import { act, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderRoute } from '@/test/render';

describe('focus after a move to another page', () => {
  it('goes to the new page’s h1, not on the first load nor on a region change', async () => {
    const { router, user } = renderRoute('/help/permissions');
    const first = await screen.findByRole('heading', { level: 1, name: 'Assigning permissions' });
    expect(first).not.toHaveFocus();

    const nav = screen.getByRole('navigation', { name: 'Main navigation' });
    const link = await waitFor(() => {
      const found = nav.querySelector<HTMLAnchorElement>('a[href^="/help/permissions"]');
      expect(found).not.toBeNull();
      return found!;
    });
    link.focus();
    await act(() => router.navigate('/no/such/page'));
    const heading = await screen.findByRole('heading', { level: 1, name: 'Page not found' });
    await waitFor(() => expect(heading).toHaveFocus());

    // a change of ?region= is not a new page: focus stays where the customer put it
    await user.click(screen.getByRole('link', { name: 'Go to Overview' }));
    const overview = await screen.findByRole('heading', { level: 1, name: 'Overview' });
    await waitFor(() => expect(overview).toHaveFocus());
    const button = screen.getByRole('button', { name: 'Language' });
    button.focus();
    await act(() => router.navigate('/overview?region=ap-southeast-1'));
    expect(button).toHaveFocus();
  });
});
