import { renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/** A fresh first-page module (its promise settles once per page load). */
async function load() {
  vi.resetModules();
  return import('./first-page');
}

/** Whether `promise` has settled, after the timers have moved `ms` on. */
async function settledAfter(promise: Promise<void>, ms: number): Promise<boolean> {
  let done = false;
  void promise.then(() => (done = true));
  await vi.advanceTimersByTimeAsync(ms);
  return done;
}

/** A browser's PerformanceObserver for largest-contentful-paint, its entries sent by hand. */
class FakeObserver {
  static supportedEntryTypes = ['largest-contentful-paint'];
  static last: FakeObserver | undefined;
  private readonly callback: (list: { getEntries: () => { startTime: number }[] }) => void;
  constructor(callback: (list: { getEntries: () => { startTime: number }[] }) => void) {
    this.callback = callback;
    FakeObserver.last = this;
  }
  observe() {}
  disconnect() {}
  paint(startTime: number) {
    this.callback({ getEntries: () => [{ startTime }] });
  }
}

describe('the first page is shown (what the menus and the chart wait for before they load)', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('not before the shell has been committed', async () => {
    const { firstPageShown } = await load();
    expect(await settledAfter(firstPageShown, 1_000)).toBe(false);
  });

  it('once the browser reports a paint after the commit', async () => {
    vi.stubGlobal('PerformanceObserver', FakeObserver);
    const { firstPageShown, useReportFirstPageShown } = await load();
    renderHook(() => useReportFirstPageShown());
    const committed = performance.now();
    // a paint from before the commit (index.html's frame) is not the page
    FakeObserver.last!.paint(committed - 100);
    expect(await settledAfter(firstPageShown, 10)).toBe(false);
    FakeObserver.last!.paint(committed + 16);
    expect(await settledAfter(firstPageShown, 0)).toBe(true);
  });

  it('where the browser reports no paint, a moment after the commit', async () => {
    const { firstPageShown, useReportFirstPageShown } = await load();
    renderHook(() => useReportFirstPageShown());
    expect(await settledAfter(firstPageShown, 100)).toBe(false);
    expect(await settledAfter(firstPageShown, 50)).toBe(true);
  });
});
