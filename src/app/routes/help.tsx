import { HelpPage } from '@/features/help/components/help-page';

export const Component = HelpPage;
