import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import { overviewQueryOptions } from '@/features/overview/api/get-overview';
import { OverviewPage } from '@/features/overview/components/overview-page';
import { regionFromUrl } from '@/lib/region';

export const clientLoader =
  (queryClient: QueryClient) =>
  async ({ request }: LoaderFunctionArgs) => {
    await queryClient.ensureQueryData(overviewQueryOptions(regionFromUrl(request.url)));
    return null;
  };

export const Component = OverviewPage;
