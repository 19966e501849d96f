import type { TFunction } from 'i18next';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** "1 day 23 hours", "5 hours 12 minutes" — the two largest units of a duration. */
export function countdownText(ms: number, t: TFunction<'overview'>): string {
  if (ms <= 0) return t('countdown.due');
  const days = Math.floor(ms / DAY);
  const hours = Math.floor((ms % DAY) / HOUR);
  const minutes = Math.floor((ms % HOUR) / MINUTE);
  if (days > 0) {
    const first = t('countdown.days', { count: days });
    return hours > 0
      ? t('countdown.pair', { first, second: t('countdown.hours', { count: hours }) })
      : first;
  }
  if (hours > 0) {
    const first = t('countdown.hours', { count: hours });
    return minutes > 0
      ? t('countdown.pair', { first, second: t('countdown.minutes', { count: minutes }) })
      : first;
  }
  return t('countdown.minutes', { count: Math.max(1, minutes) });
}
