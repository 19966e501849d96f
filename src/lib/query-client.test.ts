import { describe, expect, it, vi } from 'vitest';
import { ApiError } from './api-client';
import { createQueryClient, shouldRetry } from './query-client';

const apiError = (status: number, code = 'X') => new ApiError({ status, code, message: code });

describe('query client', () => {
  it('never retries a 4xx, retries network and server errors twice', () => {
    expect(shouldRetry(0, apiError(422))).toBe(false);
    expect(shouldRetry(0, apiError(409))).toBe(false);
    expect(shouldRetry(0, apiError(403))).toBe(false);
    expect(shouldRetry(0, apiError(503))).toBe(true);
    expect(shouldRetry(0, apiError(0, 'NETWORK_ERROR'))).toBe(true);
    expect(shouldRetry(2, apiError(503))).toBe(false);
    expect(shouldRetry(0, apiError(200, 'INVALID_RESPONSE'))).toBe(false);
  });

  it('invalidates the keys a mutation names in meta.invalidates', async () => {
    const client = createQueryClient({ retry: false });
    client.setQueryData(['overview', 'cn-hangzhou'], 1);
    client.setQueryData(['orders'], 2);
    const mutation = client.getMutationCache().build(client, {
      mutationFn: () => Promise.resolve('ok'),
      meta: { invalidates: [['overview']] },
    });
    await mutation.execute(undefined);
    expect(client.getQueryState(['overview', 'cn-hangzhou'])?.isInvalidated).toBe(true);
    expect(client.getQueryState(['orders'])?.isInvalidated).toBe(false);
  });

  it('invalidates every query when a mutation names none', async () => {
    const client = createQueryClient({ retry: false });
    client.setQueryData(['overview', 'cn-hangzhou'], 1);
    client.setQueryData(['orders'], 2);
    const spy = vi.spyOn(client, 'invalidateQueries');
    const mutation = client.getMutationCache().build(client, {
      mutationFn: () => Promise.resolve('ok'),
    });
    await mutation.execute(undefined);
    expect(spy).toHaveBeenCalledWith();
    expect(client.getQueryState(['orders'])?.isInvalidated).toBe(true);
  });
});
