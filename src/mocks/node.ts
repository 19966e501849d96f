/** The same handlers on msw/node, for Vitest (see `src/test/setup.ts`). */
import { setupServer } from 'msw/node';
import { handlers } from './handlers';

export const server = setupServer(...handlers);
