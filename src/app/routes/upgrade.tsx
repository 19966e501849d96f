import { UpgradePage } from '@/features/upgrade/components/upgrade-page';

export const Component = UpgradePage;
