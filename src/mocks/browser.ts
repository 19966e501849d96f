/** The in-browser backend: the mock's handlers on a Service Worker (dev, preview, the static demo). */
import { setupWorker } from 'msw/browser';
import { handlers } from './handlers';

export const worker = setupWorker(...handlers);

export { onExternalChange } from './store';
