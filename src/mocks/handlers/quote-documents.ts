import { http } from 'msw';
import { OrderRequestSchema } from '@/domain/contract';
import { domainError } from '@/domain/errors';
import { createQuoteDocument, quoteDocumentView } from '@/domain/orders/quote-document';
import { findQuoteDocument } from '@/domain/quote-documents';
import type { Store } from '../store-seam';
import { API, HttpError, json, route, unwrap } from './http';

/** Issue 24: stored quote documents, to approve and to pay at their price within 7 days. */
export function quoteDocumentHandlers(store: Store) {
  return [
    http.post(
      `${API}/quote-documents`,
      route(
        store,
        ({ body, world, now }) => {
          const made = unwrap(createQuoteDocument(world, body, now));
          return {
            world: made.world,
            response: json(quoteDocumentView(made.world, made.document, now), 201),
          };
        },
        { body: OrderRequestSchema },
      ),
    ),
    http.get(
      `${API}/quote-documents/:id`,
      route(store, ({ params, world, now }) => {
        const doc = findQuoteDocument(world, String(params.id));
        if (!doc)
          throw new HttpError(
            domainError('NOT_FOUND', `There is no quote ${String(params.id)}.`, { field: 'id' }),
          );
        return { response: json(quoteDocumentView(world, doc, now)) };
      }),
    ),
  ];
}
