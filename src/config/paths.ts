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
    getHref: (region?: RegionId) => href('/purchased-resources', { region }),
  },
  renew: {
    path: '/renew/:subscriptionId',
    getHref: (subscriptionId: string, region?: RegionId) =>
      href(`/renew/${encodeURIComponent(subscriptionId)}`, { region }),
  },
  upgrade: {
    path: '/upgrade/:subscriptionId',
    getHref: (
      subscriptionId: string,
      options: { method?: UpgradeMethod; region?: RegionId } = {},
    ) =>
      href(`/upgrade/${encodeURIComponent(subscriptionId)}`, {
        method: options.method,
        region: options.region,
      }),
  },
  orders: {
    path: '/orders',
    getHref: (region?: RegionId) => href('/orders', { region }),
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
