import { RenewPage } from '@/features/renew/components/renew-page';
import { pinnedSubscriptionLoader } from './pinned-subscription';

export const clientLoader = pinnedSubscriptionLoader;

export const Component = RenewPage;
