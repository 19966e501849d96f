/**
 * What both purchase wizards (Renew, Upgrade) share with the API (their live quotes are in
 * ./quote.ts): placing an order safely (one Idempotency-Key per payment attempt, kept across a reload until its answer
 * is definitive), and the subscription version the
 * customer was shown (pinned, so a change elsewhere is refused with VERSION_CONFLICT rather
 * than silently paid for).
 */
import {
  useIsMutating,
  useMutation,
  useMutationState,
  useQuery,
  useQueryClient,
  type MutationState,
  type UseQueryResult,
} from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { OrderResult, SubscriptionView } from '@/domain/contract';
import { apiPost, isApiError, type ApiError } from './api-client';
import { contractSchema } from './contract-schema';
import {
  clearPendingPayment,
  readPendingPayment,
  savePendingPayment,
  usePendingPayment,
  type PendingPayment,
} from './pending-payment';
import { subscriptionQueryOptions } from './subscription';
import { clearWizardDrafts } from './wizard-draft';

import type { PurchaseRequest } from './quote';

/** POST /orders with the attempt's Idempotency-Key. */
export function placeOrder(body: PurchaseRequest, idempotencyKey: string): Promise<OrderResult> {
  return apiPost('/orders', body, {
    schema: contractSchema('OrderResultSchema'),
    headers: { 'Idempotency-Key': idempotencyKey },
  });
}

/** A fresh key per payment attempt (RFC 4122 v4; a fallback where `randomUUID` is missing, e.g. plain http). */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Pay Now and the replay of an unconfirmed payment run one after the other, never side by side. */
const PAYMENT_SCOPE = { id: 'payment' };
const PAY_KEY = ['payment'];
const CHECK_KEY = ['payment-check'];

/**
 * Whether an answer settles a payment: its order, or a refusal of the request itself (4xx).
 * No answer (a timeout, a lost connection), a 5xx, a 401 (the session, not the order) or a 429
 * leave its outcome unknown: its key is kept, to be replayed.
 */
export function isDefinitive(error: unknown): boolean {
  return isApiError(error) && error.isClientError && ![401, 408, 429].includes(error.status);
}

/** Sends a payment, noted in sessionStorage until its answer is definitive (pending-payment.ts). */
function sendPayment({ body, key }: { body: PurchaseRequest; key: string }) {
  savePendingPayment({ key, body, subscriptionId: body.subscriptionId });
  return placeOrder(body, key);
}

const settle = (key: string, error?: unknown) => {
  if (error === undefined || isDefinitive(error)) clearPendingPayment(key);
};

/**
 * Pay Now, safely:
 * - one Idempotency-Key per attempt: created on the first click for a given order body and
 *   re-sent by every retry of that body (a double click, a retry after a network failure or a
 *   503), so the API returns the first order instead of buying twice;
 * - a changed body (the disclaimer ticked, the latest version reloaded) is a new attempt with a
 *   new key — the API refuses a key reused for another body;
 * - the attempt is kept in sessionStorage until its answer is definitive, so a reload resolves
 *   it (`usePaymentCheck`); a timeout leaves its outcome unknown and `checkAgain` replays it;
 * - a click while a payment is in flight does nothing (the button is disabled too, but a
 *   double click can land before the re-render).
 * The mutation declares no `meta.invalidates`, so every query is refreshed after a purchase:
 * the header badge (R15), Overview, Purchased Resources, Orders and the bell.
 */
export function usePayment() {
  const [attempt, setAttempt] = useState<{ key: string; body: PurchaseRequest } | null>(null);
  const inFlight = useRef(false);
  const mutation = useMutation<OrderResult, ApiError, { body: PurchaseRequest; key: string }>({
    mutationKey: PAY_KEY,
    scope: PAYMENT_SCOPE,
    mutationFn: sendPayment,
    onSuccess: (_data, { key }) => settle(key),
    onError: (error, { key }) => settle(key, error),
  });
  const { mutate, reset } = mutation;

  const send = useCallback(
    (next: { key: string; body: PurchaseRequest }) => {
      if (inFlight.current) return;
      inFlight.current = true;
      setAttempt(next);
      mutate(next, {
        onSettled: () => {
          inFlight.current = false;
        },
        onSuccess: () => setAttempt(null),
      });
    },
    [mutate],
  );

  const pay = useCallback(
    (body: PurchaseRequest) => {
      const same = attempt && JSON.stringify(attempt.body) === JSON.stringify(body);
      send(same ? attempt : { key: newIdempotencyKey(), body });
    },
    [attempt, send],
  );

  /** After a timeout: the same key and body again — the first order if it was placed, or one now. */
  const checkAgain = useCallback(() => {
    if (attempt) send(attempt);
  }, [attempt, send]);

  /** Forget the error shown (e.g. after reloading the latest state). */
  const clear = useCallback(() => reset(), [reset]);

  return {
    pay,
    checkAgain,
    clear,
    order: mutation.data,
    error: mutation.error,
    isPending: mutation.isPending,
    isSuccess: mutation.isSuccess,
    /** no answer arrived in time: the payment may or may not have been made */
    outcomeUnknown: mutation.error?.code === 'TIMEOUT',
    /** the key the current attempt sends (tests and diagnostics) */
    attemptKey: attempt?.key,
  };
}

/**
 * The unconfirmed payment of this tab (a reload, or a timeout earlier), resolved by replaying
 * its key and body: the API answers the first order if it was placed, or places it once.
 * `start` does nothing while a check or a payment is under way; `latest` is the last check's
 * state, whichever component started it (the shell on start-up, a wizard or dialog on opening).
 */
export function usePaymentCheck() {
  const queryClient = useQueryClient();
  const pending = usePendingPayment();
  const { mutate } = useMutation<OrderResult, ApiError, PendingPayment>({
    mutationKey: CHECK_KEY,
    scope: PAYMENT_SCOPE,
    mutationFn: ({ body, key }) => placeOrder(body, key),
    onSuccess: (_data, { key }) => {
      settle(key);
      // the payment a wizard's draft was heading for is made: a draft would offer it again
      clearWizardDrafts();
    },
    onError: (error, { key }) => settle(key, error),
  });
  const checking = useIsMutating({ mutationKey: CHECK_KEY }) > 0;
  const states = useMutationState({
    filters: { mutationKey: CHECK_KEY },
    select: (m) => m.state as MutationState<OrderResult, ApiError, PendingPayment>,
  });
  const start = useCallback(() => {
    const payment = readPendingPayment();
    const busy =
      queryClient.isMutating({ mutationKey: CHECK_KEY }) +
      queryClient.isMutating({ mutationKey: PAY_KEY });
    if (payment && busy === 0) mutate(payment);
  }, [queryClient, mutate]);
  return { pending, checking, latest: states.at(-1), start };
}

/**
 * Which checks of an unconfirmed payment a wizard or dialog shows itself (`useShowsLastCheck`),
 * by the check's `submittedAt`: the shell's notice stands back for those (`useLastCheckShownElsewhere`),
 * so the customer is told the outcome once, where they are looking. `open` counts the wizards and
 * dialogs showing a check now; `told` holds the checks one of them showed settled for good (the
 * order, or its refusal): the shell does not repeat those once the dialog closes. A check whose
 * outcome is still unknown goes back to the shell, with Check again, when the dialog closes.
 */
const shown = {
  open: new Map<number, number>(),
  told: new Set<number>(),
  listeners: new Set<() => void>(),
  version: 0,
};

function shownChanged() {
  shown.version += 1;
  for (const listener of shown.listeners) listener();
}

function subscribeShown(listener: () => void): () => void {
  shown.listeners.add(listener);
  return () => shown.listeners.delete(listener);
}

type CheckState = MutationState<OrderResult, ApiError, PendingPayment>;

const toldForGood = (check: CheckState) =>
  check.status === 'success' || (check.status === 'error' && isDefinitive(check.error));

/** Marks `check` as shown by the calling wizard or dialog while it is mounted (none: nothing). */
export function useShowsLastCheck(check: CheckState | undefined): void {
  const submittedAt = check?.submittedAt;
  const told = check !== undefined && toldForGood(check);
  useEffect(() => {
    if (submittedAt === undefined) return;
    shown.open.set(submittedAt, (shown.open.get(submittedAt) ?? 0) + 1);
    shownChanged();
    return () => {
      const left = (shown.open.get(submittedAt) ?? 1) - 1;
      if (left > 0) shown.open.set(submittedAt, left);
      else shown.open.delete(submittedAt);
      shownChanged();
    };
  }, [submittedAt]);
  useEffect(() => {
    if (submittedAt === undefined || !told || shown.told.has(submittedAt)) return;
    shown.told.add(submittedAt);
    shownChanged();
  }, [submittedAt, told]);
}

/** Whether a wizard or dialog shows the check submitted at `submittedAt`, or told its outcome already. */
export function useLastCheckShownElsewhere(submittedAt: number | undefined): boolean {
  useSyncExternalStore(
    subscribeShown,
    () => shown.version,
    () => 0,
  );
  return submittedAt !== undefined && (shown.open.has(submittedAt) || shown.told.has(submittedAt));
}

/**
 * The subscription as the customer was shown it when the wizard started. A refetch (another
 * tab, window focus, an invalidation) does not replace it — the wizard keeps pricing and
 * paying for what is on screen, and an order against a newer version is refused with
 * VERSION_CONFLICT; `reload()` takes the latest state on purpose.
 */
export function usePinnedSubscription(subscriptionId: string): {
  query: UseQueryResult<SubscriptionView>;
  view: SubscriptionView | undefined;
  reload: () => Promise<SubscriptionView | undefined>;
  reloading: boolean;
} {
  const query = useQuery(subscriptionQueryOptions(subscriptionId));
  const [pinned, setPinned] = useState<{ id: string; view: SubscriptionView } | null>(null);
  const [reloading, setReloading] = useState(false);
  // pin the first answer for this id (state derived while rendering, as React recommends)
  if (query.data && pinned?.id !== subscriptionId)
    setPinned({ id: subscriptionId, view: query.data });
  const { refetch } = query;
  const reload = useCallback(async () => {
    setReloading(true);
    try {
      const result = await refetch();
      // a failed refetch keeps the old data: pin only a fresh answer
      if (result.status !== 'success') throw result.error ?? new Error('reload failed');
      setPinned({ id: subscriptionId, view: result.data });
      return result.data;
    } finally {
      setReloading(false);
    }
  }, [refetch, subscriptionId]);
  const view = pinned?.id === subscriptionId ? pinned.view : undefined;
  return { query, view, reload, reloading };
}
