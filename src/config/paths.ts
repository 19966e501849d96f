import type { RegionId } from '@/domain/contract';

/**
 * Every route of SPEC §3, in one place. `path` is the router pattern; `getHref`
 * builds a link and keeps the selected region (`?region=`), so moving between pages
 * never loses it.
 */
type Query = Record<string, string | number | null | undefined>;

function href(pathname: string, query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `${pathname}?${search}` : pathname;
}

export type UpgradeMethod = 'edition' | 'quota';

export const paths = {
  home: {
    path: '/',
    getHref: (region?: RegionId) => href('/', { region }),
  },
  overview: {
    path: '/overview',
    getHref: (region?: RegionId) => href('/overview', { region }),
  },
  purchasedResources: {
    path: '/purchased-resources',
    /** `request`: a value-added pack's purchase request, its dialog opened to pay it (issue 24) */
    getHref: (region?: RegionId, request?: string) =>
      href('/purchased-resources', { region, request }),
  },
  renew: {
    path: '/renew/:subscriptionId',
    /** `request`: the purchase request the renewal pays (issue 24) */
    getHref: (subscriptionId: string, region?: RegionId, request?: string) =>
      href(`/renew/${encodeURIComponent(subscriptionId)}`, { region, request }),
  },
  upgrade: {
    path: '/upgrade/:subscriptionId',
    getHref: (
      subscriptionId: string,
      options: { method?: UpgradeMethod; region?: RegionId; request?: string } = {},
    ) =>
      href(`/upgrade/${encodeURIComponent(subscriptionId)}`, {
        method: options.method,
        region: options.region,
        request: options.request,
      }),
  },
  orders: {
    path: '/orders',
    /** `tab`: the Requests list (issue 24) */
    getHref: (region?: RegionId, tab?: 'requests') => href('/orders', { region, tab }),
  },
  orderReceipt: {
    path: '/orders/:orderId',
    getHref: (orderId: string, region?: RegionId) =>
      href(`/orders/${encodeURIComponent(orderId)}`, { region }),
  },
  /** issue 24: a quote document, printable, outside the console's shell */
  quoteDocument: {
    path: '/quotes/:quoteId',
    getHref: (quoteId: string) => href(`/quotes/${encodeURIComponent(quoteId)}`),
  },
  messages: {
    path: '/messages',
    getHref: (region?: RegionId) => href('/messages', { region }),
  },
  signIn: {
    path: '/sign-in',
    /** `next`: the page to return to, a path of this console (checked by `safeNext`, lib/auth.ts) */
    getHref: (next?: string) => href('/sign-in', { next }),
  },
  helpPermissions: {
    path: '/help/permissions',
    getHref: (region?: RegionId) => href('/help/permissions', { region }),
  },
} as const;
