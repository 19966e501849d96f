import type { ClientLoader } from '@/app/route-data';
import { QuoteDocumentPage } from '@/features/quotes/components/quote-document-page';
import { quoteDocumentQueryOptions } from '@/lib/quote-documents';

/** Fills the cache with the quote before the page renders; a failure is the page's own error. */
export const clientLoader: ClientLoader =
  ({ queryClient, briefly }) =>
  async ({ params }) => {
    await briefly(queryClient.ensureQueryData(quoteDocumentQueryOptions(params.quoteId ?? '')));
    return null;
  };

export const Component = QuoteDocumentPage;
