import { UpgradePage } from '@/features/upgrade/components/upgrade-page';
import { pinnedSubscriptionLoader } from './pinned-subscription';

export const clientLoader = pinnedSubscriptionLoader;

export const Component = UpgradePage;
