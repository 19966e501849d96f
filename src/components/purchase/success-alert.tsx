import { Alert } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import type { ReactNode } from 'react';

/** The payment succeeded (a wizard's result page, a dialog's): its heading, and what was done. */
export function SuccessAlert({ title, children }: { title: ReactNode; children: ReactNode }) {
  return (
    <Alert color="teal" variant="light" icon={<IconCircleCheck aria-hidden />} title={title}>
      {children}
    </Alert>
  );
}
