import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { sessionQueryOptions } from '@/lib/session';

/**
 * The API's clock now (the mock's demo clock may differ from the machine's), advancing
 * every `intervalMs`: the session's `now` plus the time since it was read. Until the
 * session is known, the machine's clock.
 */
export function useApiNow(intervalMs = 30_000): number {
  const session = useQuery(sessionQueryOptions());
  const [tick, setTick] = useState(() => Date.now());
  useEffect(() => {
    const id = window.setInterval(() => setTick(Date.now()), intervalMs);
    return () => window.clearInterval(id);
  }, [intervalMs]);
  if (!session.data) return tick;
  const elapsed = Math.max(0, tick - session.dataUpdatedAt);
  return Date.parse(session.data.now) + elapsed;
}
