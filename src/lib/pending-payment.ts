/**
 * The payment whose answer has not arrived yet, kept in this tab's `sessionStorage` (SPEC §4):
 * written before Pay Now's request leaves, removed once the API's answer is definitive, so a
 * payment that got no answer — a timeout, a lost connection, a 5xx, a reload — is resolved by
 * replaying its Idempotency-Key with its body, and never bought twice.
 */
import { useSyncExternalStore } from 'react';
import type { OrderRequest } from '@/domain/contract';

export const PENDING_PAYMENT_STORAGE_KEY = 'sc-console:pending-payment';

export type PendingPayment = {
  /** the Idempotency-Key the payment was sent with */
  key: string;
  /** the order body, exactly as sent: a replay must send the same one */
  body: OrderRequest;
  /** where it was made: the page's path and query */
  route: string;
  subscriptionId: string;
  /** ISO time the payment was sent */
  sentAt: string;
};

const listeners = new Set<() => void>();
// the entry as last read: useSyncExternalStore needs the same object while nothing changed
let cache: { raw: string | null; value: PendingPayment | undefined } = {
  raw: null,
  value: undefined,
};

function storage(): Storage | undefined {
  try {
    return window.sessionStorage;
  } catch {
    return undefined; // storage blocked: the key lives in memory only, as before
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The stored entry, or undefined when there is none or it cannot be read (then it is dropped). */
function parse(raw: string): PendingPayment | undefined {
  try {
    const value: unknown = JSON.parse(raw);
    // the API validates the body itself when it is replayed; this checks what the console reads
    if (
      isRecord(value) &&
      typeof value.key === 'string' &&
      value.key !== '' &&
      isRecord(value.body) &&
      typeof value.body.type === 'string' &&
      typeof value.route === 'string' &&
      typeof value.subscriptionId === 'string' &&
      typeof value.sentAt === 'string'
    )
      return value as PendingPayment;
  } catch {
    // not JSON: dropped below
  }
  return undefined;
}

export function readPendingPayment(): PendingPayment | undefined {
  const store = storage();
  let raw: string | null = null;
  try {
    raw = store?.getItem(PENDING_PAYMENT_STORAGE_KEY) ?? null;
  } catch {
    raw = null;
  }
  if (raw === cache.raw) return cache.value;
  const value = raw === null ? undefined : parse(raw);
  if (raw !== null && !value) store?.removeItem(PENDING_PAYMENT_STORAGE_KEY);
  cache = { raw, value };
  return value;
}

function notify() {
  for (const listener of listeners) listener();
}

/** Notes a payment about to be sent (before its request leaves). */
export function savePendingPayment(payment: Omit<PendingPayment, 'sentAt' | 'route'>): void {
  const entry: PendingPayment = {
    ...payment,
    route: `${window.location.pathname}${window.location.search}`,
    sentAt: new Date().toISOString(),
  };
  try {
    storage()?.setItem(PENDING_PAYMENT_STORAGE_KEY, JSON.stringify(entry));
  } catch {
    // full or blocked storage: the payment still goes out, its key kept in memory
  }
  notify();
}

/** Forgets the payment sent with `key` once its answer is definitive (another key's is kept). */
export function clearPendingPayment(key: string): void {
  if (readPendingPayment()?.key !== key) return;
  try {
    storage()?.removeItem(PENDING_PAYMENT_STORAGE_KEY);
  } catch {
    // blocked storage held nothing
  }
  notify();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The unconfirmed payment of this tab, if any; re-renders when it is saved or cleared. */
export function usePendingPayment(): PendingPayment | undefined {
  return useSyncExternalStore(subscribe, readPendingPayment, () => undefined);
}
