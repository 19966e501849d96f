import { DAY_MS, LIFECYCLE } from './catalog';
import type { Status, Subscription } from './contract';
import { daysLeft as daysBetween, toMs } from './time';

type Billed = Pick<Subscription, 'billingMode' | 'expiresAt'>;

/**
 * R1–R4: the status of a subscription at `nowMs`, derived, never stored.
 * active → expiring (R1: 7 days before) → expired (R2: protection stops; R3: data kept 3 days) → released (R4).
 * Basic and pay-per-use are always active.
 */
export function subscriptionStatus(sub: Billed, nowMs: number): Status {
  if (sub.billingMode !== 'subscription' || sub.expiresAt === null) return 'active';
  const expires = toMs(sub.expiresAt);
  if (nowMs < expires - LIFECYCLE.reminderDays * DAY_MS) return 'active';
  if (nowMs < expires) return 'expiring';
  if (nowMs < expires + LIFECYCLE.retentionDays * DAY_MS) return 'expired';
  return 'released';
}

/** daysLeft = ceil((expiresAt − now) / day); null without an expiry. */
export function subscriptionDaysLeft(sub: Billed, nowMs: number): number | null {
  if (sub.billingMode !== 'subscription' || sub.expiresAt === null) return null;
  return daysBetween(toMs(sub.expiresAt), nowMs);
}

/** R3: the instant retained data is removed (expiry + retention days). */
export function retentionEndsAt(sub: Billed): number | null {
  if (sub.billingMode !== 'subscription' || sub.expiresAt === null) return null;
  return toMs(sub.expiresAt) + LIFECYCLE.retentionDays * DAY_MS;
}

/** R2: assets are protected only while active or expiring. */
export const isProtected = (status: Status): boolean =>
  status === 'active' || status === 'expiring';

/** R3/R4: configurations and data exist until release. */
export const isDataRetained = (status: Status): boolean => status !== 'released';
