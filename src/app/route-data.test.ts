import { QueryClient } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FIRST_PAGE_WAIT_MS, routeData, WAIT_FOR_DATA_MS } from './route-data';

/** A promise settled by hand, to see when `briefly` lets a loader go on. */
function deferred() {
  let resolve!: () => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** Whether `briefly(data)` has returned after the timers have moved `ms` on. */
async function returnedAfter(waiting: Promise<void>, ms: number): Promise<boolean> {
  let done = false;
  void waiting.then(() => (done = true));
  await vi.advanceTimersByTimeAsync(ms);
  return done;
}

describe('how long a page waits for its data (routeData().briefly)', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('on the console’s first page, until the data is there: the page is painted with it', async () => {
    const { briefly } = routeData(new QueryClient(), () => true);
    const data = deferred();
    const waiting = briefly(data.promise);
    expect(await returnedAfter(waiting, WAIT_FOR_DATA_MS)).toBe(false);
    data.resolve();
    expect(await returnedAfter(waiting, 0)).toBe(true);
  });

  it('on the console’s first page, no longer than FIRST_PAGE_WAIT_MS: then the skeleton', async () => {
    const { briefly } = routeData(new QueryClient(), () => true);
    const waiting = briefly(deferred().promise);
    expect(await returnedAfter(waiting, FIRST_PAGE_WAIT_MS - 1)).toBe(false);
    expect(await returnedAfter(waiting, 1)).toBe(true);
  });

  it('inside the console, until the data is there when it comes quickly', async () => {
    const { briefly } = routeData(new QueryClient(), () => false);
    const data = deferred();
    const waiting = briefly(data.promise);
    expect(await returnedAfter(waiting, 50)).toBe(false);
    data.resolve();
    expect(await returnedAfter(waiting, 0)).toBe(true);
  });

  it('inside the console, no longer than WAIT_FOR_DATA_MS when the API is slow', async () => {
    const { briefly } = routeData(new QueryClient(), () => false);
    const waiting = briefly(deferred().promise);
    expect(await returnedAfter(waiting, WAIT_FOR_DATA_MS - 1)).toBe(false);
    expect(await returnedAfter(waiting, 1)).toBe(true);
  });

  it('a failure is left to the page: the loader goes on, and nothing is unhandled', async () => {
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    try {
      for (const firstPage of [true, false]) {
        const { briefly } = routeData(new QueryClient(), () => firstPage);
        const data = deferred();
        const waiting = briefly(data.promise);
        data.reject(new Error('503'));
        await expect(waiting).resolves.toBeUndefined();
      }
      await vi.advanceTimersByTimeAsync(FIRST_PAGE_WAIT_MS);
      expect(unhandled).not.toHaveBeenCalled();
    } finally {
      process.off('unhandledRejection', unhandled);
    }
  });
});
