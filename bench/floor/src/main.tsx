/**
 * The benchmark's floor (bench/README.md): the console's own
 * stack — React and Mantine set up as Mantine's getting-started guide does, its whole
 * stylesheet included — showing one AppShell page with a 10-row table and a button, and
 * nothing else: no router, no data fetching, no i18n, no mock. What the console costs above
 * this is what its features cost.
 */
import '@mantine/core/styles.css';

import { MantineProvider } from '@mantine/core';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ENGLISH, ResourcesPage, ROWS } from './page';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
createRoot(container).render(
  <StrictMode>
    <MantineProvider>
      <ResourcesPage text={ENGLISH} rows={ROWS} />
    </MantineProvider>
  </StrictMode>,
);
