/**
 * The stack floor's in-browser API as the console runs its own (src/mocks/browser.ts): MSW
 * resolves the page's `fetch()` against its one handler, in the page, through MSW's interceptor.
 */
import { FetchInterceptor } from '@mswjs/interceptors/fetch';
import { getResponse, http, HttpResponse } from 'msw';
import { ROWS } from '../../floor/src/page';

const handlers = [http.get('/api/rows', () => HttpResponse.json(ROWS))];

export function startMock(): void {
  const interceptor = new FetchInterceptor();
  // the interceptor awaits its listeners before it lets a request go to the network
  // eslint-disable-next-line @typescript-eslint/no-misused-promises
  interceptor.on('request', async ({ request, controller }) => {
    const response = await getResponse(handlers, request);
    if (response) controller.respondWith(response);
  });
  interceptor.apply();
}
