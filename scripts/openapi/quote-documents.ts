/**
 * Issue 24's quote documents in the OpenAPI document (document.ts): their components and paths,
 * apart so that document.ts stays the contract of SPEC §2.
 */
import type { ErrorCode } from '../../src/domain/contract';
import {
  QuoteChangeSchema,
  QuoteDocumentSchema,
  QuoteDocumentStatusSchema,
} from '../../src/domain/contract-quotes';

type Json = Record<string, unknown>;

export const QUOTE_DOCUMENT_COMPONENTS = {
  QuoteDocumentStatus: QuoteDocumentStatusSchema,
  QuoteChange: QuoteChangeSchema,
  QuoteDocument: QuoteDocumentSchema,
};

/** What document.ts lends: its operation builder and error lists. */
type Helpers<Name extends string> = {
  op: (o: {
    operationId: string;
    summary: string;
    tags: string[];
    description?: string;
    parameters?: Json[];
    requestBody?: Json;
    ok: Record<string, Json>;
    errors: ErrorCode[];
  }) => unknown;
  ok: (description: string, schema: Name, status?: number) => Record<string, Json>;
  body: (schema: Name, description?: string) => Json;
  idPath: (what: string) => Json;
  FAULT: ErrorCode[];
  SAVE: ErrorCode[];
  ORDER_RULES: ErrorCode[];
};

export function quoteDocumentPaths<Name extends string>(
  h: Helpers<Name | 'QuoteDocument' | 'OrderRequest'>,
): Record<string, Json> {
  return {
    '/quote-documents': {
      post: h.op({
        operationId: 'createQuoteDocument',
        summary: 'A quote document to approve: the itemised price of an order, kept 7 days',
        description:
          'The same body as POST /orders (the disclaimer is not checked; a readonly user may make one; an unsubscribe is refused). ' +
          'The id (Q-<yyyymmdd>-<n>) goes with POST /orders as quoteId: while the quote is valid (within validUntil, the subscription at subscriptionVersion) ' +
          'and the choices are the same, the order costs the lower of the quoted price and today’s.',
        tags: ['orders'],
        requestBody: h.body('OrderRequest', 'An order request'),
        ok: h.ok('The quote document, stored', 'QuoteDocument', 201),
        errors: [
          'MALFORMED_JSON',
          'NOT_FOUND',
          'VERSION_CONFLICT',
          ...h.ORDER_RULES,
          ...h.FAULT,
          ...h.SAVE,
        ],
      }),
    },
    '/quote-documents/{id}': {
      get: h.op({
        operationId: 'getQuoteDocument',
        summary:
          'A quote document, with its status now (valid, expired, superseded) and what paying it costs now',
        tags: ['orders'],
        parameters: [h.idPath('quote document')],
        ok: h.ok('The quote document', 'QuoteDocument'),
        errors: ['NOT_FOUND', ...h.FAULT],
      }),
    },
  };
}
