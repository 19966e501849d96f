import { Title, type TitleProps } from '@mantine/core';
import type { Ref } from 'react';

/**
 * The heading of a wizard step. It can take focus (tabIndex -1), so that moving to a step
 * puts the keyboard and the screen reader at its start (see `useStepFocus` in use-step-focus.ts).
 */
export function StepHeading({
  ref,
  children,
  ...props
}: Omit<TitleProps, 'order'> & { ref?: Ref<HTMLHeadingElement> }) {
  return (
    <Title order={2} tabIndex={-1} ref={ref} mb="md" {...props}>
      {children}
    </Title>
  );
}
