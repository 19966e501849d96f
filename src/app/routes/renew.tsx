import { RenewPage } from '@/features/renew/components/renew-page';
import {
  pinnedSubscriptionLoader,
  pinnedSubscriptionShouldRevalidate,
} from './pinned-subscription';

export const clientLoader = pinnedSubscriptionLoader;
export const shouldRevalidate = pinnedSubscriptionShouldRevalidate;

export const Component = RenewPage;
