import { RenewPage } from '@/features/renew/components/renew-page';

export const Component = RenewPage;
