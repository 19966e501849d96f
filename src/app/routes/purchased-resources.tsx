import { PurchasedResourcesPage } from '@/features/purchased-resources/components/purchased-resources-page';

export const Component = PurchasedResourcesPage;
