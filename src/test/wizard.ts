/**
 * Queries the purchase wizards' tests share (Renew, Upgrade). They render the real routes
 * with the shell: generous waits on a busy machine.
 */
import { configure, screen } from '@testing-library/react';

configure({ asyncUtilTimeout: 5000 });

/** A wizard step (or the result), by its heading. */
export const step = (name: string) =>
  screen.findByRole('heading', { level: 2, name }, { timeout: 5000 });

/** The price's total line, read as a whole (its label is visually hidden). */
export const total = (amount: string) =>
  screen.findByText(
    (_, element) => element?.tagName === 'P' && element.textContent === `Total to pay: ${amount}`,
    undefined,
    { timeout: 5000 },
  );
