import type { Locks } from '../store';

/** Web Locks as a browser gives them: one holder of a name at a time, across the tabs of a test. */
export function sharedLocks(): Locks {
  const queues = new Map<string, Promise<unknown>>();
  const request = (name: string, callback: () => unknown) => {
    const before = queues.get(name) ?? Promise.resolve();
    const run = before.then(callback, callback);
    queues.set(
      name,
      run.catch(() => undefined),
    );
    return run;
  };
  return { request: request as NonNullable<Locks>['request'] };
}
