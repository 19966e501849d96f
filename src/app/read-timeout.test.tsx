import { configure, screen, waitFor, within } from '@testing-library/react';
import { http } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import { server } from '@/mocks/node';
import { ApiError, apiUrl, DEMO_TIMEOUT_STORAGE_KEY } from '@/lib/api-client';
import { shouldRetry } from '@/lib/query-client';
import { renderRoute } from '@/test/render';

configure({ asyncUtilTimeout: 5000 });

/** Reads of `path` that never answer while `hang()` says so (then the mock answers them). */
function hangReads(path: string, hang: () => boolean) {
  let sent = 0;
  server.use(
    http.get(apiUrl(path), () => {
      sent += 1;
      return hang() ? new Promise<never>(() => undefined) : undefined;
    }),
  );
  return () => sent;
}

describe('a read that times out', { timeout: 30_000 }, () => {
  afterEach(() => {
    delete document.documentElement.dataset.mock;
  });

  it.each(['/orders', '/overview'])(
    '%s: the page says the service did not answer in time, and Retry loads it',
    async (path) => {
      // the demo's shorter timeout (the build's is 15 s), as while the in-page mock answers
      document.documentElement.dataset.mock = 'listening';
      window.sessionStorage.setItem(DEMO_TIMEOUT_STORAGE_KEY, '200');
      let hang = true;
      hangReads(path, () => hang);
      const { user } = renderRoute(path);
      const alert = await screen.findByRole('alert');
      expect(alert).toHaveTextContent('The service did not answer in time. Please try again.');
      hang = false;
      await user.click(within(alert).getByRole('button', { name: 'Retry' }));
      await waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument());
      expect(screen.getByRole('heading', { level: 1 })).toBeInTheDocument();
    },
  );

  it('is not retried on its own: the customer already waited the whole timeout', () => {
    const timeout = new ApiError({ status: 0, code: 'TIMEOUT', message: 'no answer' });
    const offline = new ApiError({ status: 0, code: 'NETWORK_ERROR', message: 'offline' });
    expect(shouldRetry(0, timeout)).toBe(false);
    expect(shouldRetry(0, offline)).toBe(true);
  });
});
