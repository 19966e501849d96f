/**
 * The namespaces the type checker knows, so `t('nav.overview')` is checked against
 * the English files. A feature that adds `src/locales/en/<ns>.json` adds it here too.
 */
import type common from '@/locales/en/common.json';
import type demo from '@/locales/en/demo.json';
import type errors from '@/locales/en/errors.json';
import type help from '@/locales/en/help.json';
import type messages from '@/locales/en/messages.json';
import type orders from '@/locales/en/orders.json';
import type overview from '@/locales/en/overview.json';
import type purchase from '@/locales/en/purchase.json';
import type purchasedResources from '@/locales/en/purchased-resources.json';
import type quotes from '@/locales/en/quotes.json';
import type renew from '@/locales/en/renew.json';
import type requests from '@/locales/en/requests.json';
import type session from '@/locales/en/session.json';
import type upgrade from '@/locales/en/upgrade.json';

export type AppResources = {
  common: typeof common;
  demo: typeof demo;
  errors: typeof errors;
  help: typeof help;
  messages: typeof messages;
  orders: typeof orders;
  overview: typeof overview;
  purchase: typeof purchase;
  'purchased-resources': typeof purchasedResources;
  quotes: typeof quotes;
  renew: typeof renew;
  requests: typeof requests;
  session: typeof session;
  upgrade: typeof upgrade;
};

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: AppResources;
  }
}
