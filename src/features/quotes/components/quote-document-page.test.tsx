import { configure, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderRoute } from '@/test/render';

// the first render of a lazy route compiles it: more time than the defaults on a busy machine
configure({ asyncUtilTimeout: 5000 });
vi.setConfig({ testTimeout: 20_000 });

describe('QuoteDocumentPage', () => {
  it('says when there is no quote with that reference, with nothing to print', async () => {
    renderRoute('/quotes/Q-NOPE');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'There is no quote with the reference Q-NOPE. Check the link.',
    );
    expect(screen.getByRole('button', { name: /Print/ })).toBeDisabled();
  });
});
