import { paths } from '../../config/paths.ts';

/**
 * The console's pages, in one list read by the router (`../router.tsx`) and by the build
 * (`vite.config.ts`). Plain data, so that the build can import it.
 *
 * - `module`: the route module in this folder (`upgrade` is `./upgrade.tsx`);
 * - `namespaces`: the translations its page shows, loaded beside the module (the router checks
 *   their names);
 * - `inEntry`: its module is in the console's first script, so that the page renders without
 *   waiting for a second one: the Overview, where `/` leads. Every other page's code is loaded
 *   when it is opened, in the chunks the bundler makes (vite.config.ts);
 * - `standalone`: rendered without the console's shell (the sign-in page: nothing of the
 *   account may load before the customer is signed in).
 */
export type Page = {
  path: string;
  module: string;
  namespaces: readonly string[];
  inEntry?: boolean;
  standalone?: boolean;
};

export const PAGES = [
  { path: paths.overview.path, module: 'overview', namespaces: ['overview'], inEntry: true },
  {
    path: paths.purchasedResources.path,
    module: 'purchased-resources',
    namespaces: ['purchased-resources', 'purchase', 'quotes', 'requests'],
  },
  {
    path: paths.renew.path,
    module: 'renew',
    namespaces: ['renew', 'purchase', 'quotes', 'requests'],
  },
  {
    path: paths.upgrade.path,
    module: 'upgrade',
    namespaces: ['upgrade', 'purchase', 'quotes', 'requests'],
  },
  {
    path: paths.orders.path,
    module: 'orders',
    namespaces: ['orders', 'requests', 'purchase'],
  },
  {
    path: paths.orderReceipt.path,
    module: 'order-receipt',
    namespaces: ['orders', 'purchase'],
  },
  { path: paths.messages.path, module: 'messages', namespaces: ['messages', 'requests'] },
  { path: paths.helpPermissions.path, module: 'help', namespaces: ['help'] },
  { path: paths.signIn.path, module: 'sign-in', namespaces: ['session'], standalone: true },
  {
    path: paths.quoteDocument.path,
    module: 'quote-document',
    namespaces: ['quotes', 'purchase'],
    standalone: true,
  },
] as const satisfies readonly Page[];
