import {
  IconBell,
  IconLayoutDashboard,
  IconReceipt2,
  IconServer2,
  type Icon,
} from '@tabler/icons-react';
import type { RegionId } from '@/domain/contract';
import { paths } from './paths';

export type NavigationItem = {
  id: 'overview' | 'purchasedResources' | 'orders' | 'messages';
  /** key in the `common` namespace */
  labelKey: 'nav.overview' | 'nav.purchasedResources' | 'nav.orders' | 'nav.messages';
  icon: Icon;
  /** the route pattern; the item is active on it and below it */
  path: string;
  getHref: (region?: RegionId) => string;
};

/** The navbar, in order (SPEC §3). */
export const navigation: readonly NavigationItem[] = [
  {
    id: 'overview',
    labelKey: 'nav.overview',
    icon: IconLayoutDashboard,
    path: paths.overview.path,
    getHref: paths.overview.getHref,
  },
  {
    id: 'purchasedResources',
    labelKey: 'nav.purchasedResources',
    icon: IconServer2,
    path: paths.purchasedResources.path,
    getHref: paths.purchasedResources.getHref,
  },
  {
    id: 'orders',
    labelKey: 'nav.orders',
    icon: IconReceipt2,
    path: paths.orders.path,
    getHref: paths.orders.getHref,
  },
  {
    id: 'messages',
    labelKey: 'nav.messages',
    icon: IconBell,
    path: paths.messages.path,
    getHref: paths.messages.getHref,
  },
];
