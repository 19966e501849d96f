/**
 * The in-browser backend (dev, preview, the static demo): the mock's handlers answer the page's
 * own `fetch()` calls, in the page. MSW resolves each request against the handlers
 * (`getResponse`, the same resolution `setupServer` and MSW's in-page mode use) and MSW's
 * interceptor library puts the answer in place of the network's; a request no handler takes
 * (the branding file) goes to the network as usual.
 *
 * Not a Service Worker: a customer's first visit would wait for one to install and take
 * control of the page (and for its script, a request of its own) before the first answer,
 * and a page served over plain `http://` from anywhere but localhost has none (MSW's own
 * in-page fallback, the same as this, would answer there).
 */
import { FetchInterceptor } from '@mswjs/interceptors/fetch';
import { getResponse } from 'msw';
import { handlers } from './handlers';

const interceptor = new FetchInterceptor();
// the interceptor awaits its listeners before it lets a request go to the network
// eslint-disable-next-line @typescript-eslint/no-misused-promises
interceptor.on('request', async ({ request, controller }) => {
  const response = await getResponse(handlers, request);
  if (response) controller.respondWith(response);
});

/** From now on the mock answers the page's requests under `/api/v1`. */
export function startMock(): void {
  interceptor.apply();
}

export { onExternalChange } from './store';
