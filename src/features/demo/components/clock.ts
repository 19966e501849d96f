import type { TFunction } from 'i18next';

export const MINUTE_MS = 60_000;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;

type Translate = TFunction<'demo'>;

/** "Real time", "3 days ahead of real time", "2 hours behind real time"… */
export function offsetText(offsetMs: number, t: Translate): string {
  if (Math.abs(offsetMs) < MINUTE_MS) return t('clock.followsRealTime');
  const abs = Math.abs(offsetMs);
  // the nearest whole unit: 23 h 59 min after "+1 day" reads "1 day"
  const amount =
    abs >= DAY_MS - HOUR_MS / 2
      ? t('clock.days', { count: Math.round(abs / DAY_MS) })
      : abs >= HOUR_MS - MINUTE_MS / 2
        ? t('clock.hours', { count: Math.round(abs / HOUR_MS) })
        : t('clock.minutes', { count: Math.round(abs / MINUTE_MS) });
  return offsetMs > 0 ? t('clock.ahead', { amount }) : t('clock.behind', { amount });
}
