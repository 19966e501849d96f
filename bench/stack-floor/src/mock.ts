/** The stack floor's in-browser API: MSW 2 on a Service Worker, answering the one request. */
import { http, HttpResponse } from 'msw';
import { setupWorker } from 'msw/browser';
import { ROWS } from '../../floor/src/page';

export function startMock() {
  return setupWorker(http.get('/api/rows', () => HttpResponse.json(ROWS))).start({
    onUnhandledRequest: 'bypass',
    quiet: true,
  });
}
