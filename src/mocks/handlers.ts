import { http, type RequestHandler } from 'msw';
import { domainError } from '@/domain/errors';
import { API, errorResponse } from './handlers/http';
import { accountHandlers } from './handlers/account';
import { demoHandlers } from './handlers/demo';
import { messageHandlers } from './handlers/messages';
import { orderHandlers } from './handlers/orders';
import { quoteDocumentHandlers } from './handlers/quote-documents';
import { purchaseRequestHandlers } from './handlers/purchase-requests';
import { subscriptionHandlers } from './handlers/subscriptions';
import { createStore, memoryStorage } from './store';
import type { Store } from './store-seam';

/** Every endpoint of SPEC §2 over one store. */
export function createHandlers(store: Store): RequestHandler[] {
  return [
    ...accountHandlers(store),
    ...subscriptionHandlers(store),
    ...orderHandlers(store),
    ...quoteDocumentHandlers(store),
    ...purchaseRequestHandlers(store),
    ...messageHandlers(store),
    ...demoHandlers(store),
    // anything else under the API is answered too, never passed on to the network
    http.all(`${API}/*`, ({ request }) =>
      errorResponse(
        domainError(
          'NOT_FOUND',
          `There is no ${request.method} ${new URL(request.url).pathname} in this API.`,
        ),
      ),
    ),
  ];
}

function browserStorage() {
  try {
    if (typeof localStorage !== 'undefined') return localStorage;
  } catch {
    // storage blocked (private mode, sandboxed frame): keep the demo running in memory
  }
  return memoryStorage();
}

export const handlers = createHandlers(createStore(browserStorage()));
