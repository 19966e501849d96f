/**
 * The Upgrade wizard's inputs and the order they make. No rule is decided here: the numbers
 * shown (minimum, maximum) come from the subscription view and the catalog, and the API
 * quotes or refuses the request built from them.
 */
import type {
  Catalog,
  Edition,
  SubscriptionView,
  Tag,
  UpgradeRequest,
  Validity,
} from '@/domain/contract';
import { defaultValidity } from '@/components/purchase/validity';

export type UpgradeMethod = 'edition' | 'quota';
export type PurchaseBillingMode = 'subscription' | 'pay-per-use';

export type UpgradeForm = {
  method: UpgradeMethod;
  edition: Edition | null;
  billingMode: PurchaseBillingMode;
  /** '' while the field is empty */
  quota: number | '';
  validity: Validity;
  tags: Tag[];
};

/** From Basic or a released subscription an upgrade is a new purchase: the API says so with `actions.buy`. */
export const isNewPurchase = (view: SubscriptionView) => view.actions.buy;

/** The methods the API allows now (R9): Version Upgrade while a higher edition exists, Increase Quota for subscription billing. */
export function availableMethods(view: SubscriptionView): UpgradeMethod[] {
  if (isNewPurchase(view)) return ['edition'];
  const methods: UpgradeMethod[] = [];
  if (view.actions.upgrade) methods.push('edition');
  if (view.actions.increaseQuota) methods.push('quota');
  return methods;
}

/** `?method=` when it is on offer; else Increase Quota (what an "upgrade required" needs), else Version Upgrade. */
export function effectiveMethod(
  view: SubscriptionView,
  requested: string | null,
): UpgradeMethod | null {
  const methods = availableMethods(view);
  if (requested === 'edition' || requested === 'quota') {
    if (methods.includes(requested)) return requested;
  }
  if (methods.includes('quota')) return 'quota';
  return methods[0] ?? null;
}

/** The editions above the current one (R10), from the catalog's ranks, lowest first. */
export function higherEditions(view: SubscriptionView, catalog: Catalog): Catalog['editions'] {
  const from = isNewPurchase(view) ? 'basic' : view.subscription.edition;
  const rank = catalog.editions.find((e) => e.id === from)?.rank ?? 0;
  return catalog.editions.filter((e) => e.rank > rank).sort((a, b) => a.rank - b.rank);
}

/**
 * The smallest quota to offer (R6, R11): every billable asset, never below the current quota,
 * and above it for Increase Quota. The API is the authority; this only names the number.
 */
export function minimumQuota(view: SubscriptionView, method: UpgradeMethod): number {
  const assets = view.billableAssets.total;
  if (isNewPurchase(view)) return Math.max(assets, 1);
  const quota = view.subscription.quota ?? 0;
  return method === 'quota' ? Math.max(assets, quota + 1) : Math.max(assets, quota);
}

export function initialForm(
  view: SubscriptionView,
  catalog: Catalog,
  method: UpgradeMethod,
  validity: Validity,
): UpgradeForm {
  const max = catalog.limits.maxQuota;
  return {
    method,
    edition: higherEditions(view, catalog)[0]?.id ?? null,
    billingMode: 'subscription',
    quota: Math.min(minimumQuota(view, method), max),
    validity,
    tags: isNewPurchase(view) ? [] : view.subscription.tags.map((tag) => ({ ...tag })),
  };
}

/**
 * The inputs the wizard opens with, for `?method=` as the URL asks: the route's loader asks
 * for the quote of the order they make before the wizard renders (src/app/routes/upgrade.tsx).
 */
export function openingForm(
  view: SubscriptionView,
  catalog: Catalog,
  requested: string | null,
): UpgradeForm {
  return initialForm(
    view,
    catalog,
    effectiveMethod(view, requested) ?? 'quota',
    defaultValidity(catalog),
  );
}

/** Rows left completely empty are not tags yet (a half-filled row is sent, and the API says what is missing). */
export const filledTags = (tags: Tag[]) => tags.filter((tag) => tag.key !== '' || tag.value !== '');

/** The order the inputs make (`POST /quotes` prices it, `POST /orders` buys it); null while incomplete. */
export function buildUpgradeRequest(
  view: SubscriptionView,
  form: UpgradeForm,
  disclaimerAccepted = false,
): UpgradeRequest | null {
  const sub = view.subscription;
  const base = {
    type: 'upgrade' as const,
    subscriptionId: sub.id,
    expectedVersion: sub.version,
    disclaimerAccepted,
    tags: filledTags(form.tags),
  };
  if (isNewPurchase(view)) {
    if (form.edition === null) return null;
    if (form.billingMode === 'pay-per-use') {
      return { ...base, method: 'edition', edition: form.edition, billingMode: 'pay-per-use' };
    }
    if (form.quota === '') return null;
    return {
      ...base,
      method: 'edition',
      edition: form.edition,
      billingMode: 'subscription',
      quota: form.quota,
      validity: form.validity,
    };
  }
  if (form.quota === '') return null;
  if (form.method === 'edition') {
    if (form.edition === null) return null;
    return { ...base, method: 'edition', edition: form.edition, quota: form.quota };
  }
  return { ...base, method: 'quota', quota: form.quota };
}
