/**
 * The Upgrade wizard's inputs and the order they make. No rule is decided here: the methods,
 * editions and quota range on offer are the subscription view's (`upgradeOptions`), and the
 * API quotes or refuses the request built from them.
 */
import type {
  Catalog,
  Edition,
  QuotaRange,
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

/** The methods the API offers now (R9): those the view gives a quota range for. */
export function availableMethods(view: SubscriptionView): UpgradeMethod[] {
  const { quota } = view.upgradeOptions;
  return (['edition', 'quota'] as const).filter((method) => quota[method] !== null);
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

/** The catalog's entries of the editions the view offers (R10), in its order (lowest first). */
export function higherEditions(view: SubscriptionView, catalog: Catalog): Catalog['editions'] {
  return view.upgradeOptions.editions.flatMap((id) => catalog.editions.filter((e) => e.id === id));
}

/** The quotas the view offers for a method (R6, R11), as the API computed them; null where not offered. */
export const quotaRange = (view: SubscriptionView, method: UpgradeMethod): QuotaRange | null =>
  view.upgradeOptions.quota[method];

/** The smallest quota on offer for a method: the quota a form opens with (0 where none is offered). */
export const minimumQuota = (view: SubscriptionView, method: UpgradeMethod): number =>
  quotaRange(view, method)?.min ?? 0;

export function initialForm(
  view: SubscriptionView,
  catalog: Catalog,
  method: UpgradeMethod,
  validity: Validity,
): UpgradeForm {
  return {
    method,
    edition: higherEditions(view, catalog)[0]?.id ?? null,
    billingMode: 'subscription',
    quota: openingQuota(view, method),
    validity,
    tags: isNewPurchase(view) ? [] : view.subscription.tags.map((tag) => ({ ...tag })),
  };
}

/** The quota a method opens with: its smallest, unless that is beyond what may be bought. */
export function openingQuota(view: SubscriptionView, method: UpgradeMethod): number {
  const range = quotaRange(view, method);
  return range ? Math.min(range.min, range.max) : 0;
}

/**
 * Which inputs the configure step shows, and so whether an API refusal naming `field` is shown
 * beside it (any other refusal shows with the price).
 */
export function fieldShown(field: string | undefined, form: UpgradeForm, buy: boolean): boolean {
  if (!field) return false;
  if (field === 'quota') return !(buy && form.billingMode === 'pay-per-use');
  if (field === 'edition') return buy || form.method === 'edition';
  if (field === 'billingMode') return buy;
  if (field.startsWith('validity')) return buy && form.billingMode === 'subscription';
  return field === 'tags' || /^tags\.\d+\.(key|value)$/.test(field);
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

/**
 * Issue 24: the inputs that make `order` again (a quote document reopened): what the order
 * leaves out is as the wizard opens with it.
 */
export function formOfRequest(
  view: SubscriptionView,
  catalog: Catalog,
  order: UpgradeRequest,
): UpgradeForm {
  const base = initialForm(view, catalog, order.method, order.validity ?? defaultValidity(catalog));
  return {
    ...base,
    edition: order.edition ?? base.edition,
    billingMode: order.billingMode ?? base.billingMode,
    quota: order.quota ?? base.quota,
    tags: order.tags ?? base.tags,
  };
}
