import { UpgradePage } from '@/features/upgrade/components/upgrade-page';
import {
  pinnedSubscriptionLoader,
  pinnedSubscriptionShouldRevalidate,
} from './pinned-subscription';

export const clientLoader = pinnedSubscriptionLoader;
export const shouldRevalidate = pinnedSubscriptionShouldRevalidate;

export const Component = UpgradePage;
