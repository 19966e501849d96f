import { useEffect, useRef } from 'react';

/**
 * Moves focus to the new step's heading whenever `step` changes (not on the first render: a
 * page that opens keeps the browser's own focus). Give the returned ref to the `StepHeading`
 * of the step on screen.
 */
export function useStepFocus(step: number | string) {
  const ref = useRef<HTMLHeadingElement>(null);
  const previous = useRef(step);
  useEffect(() => {
    if (previous.current === step) return;
    previous.current = step;
    ref.current?.focus();
  }, [step]);
  return ref;
}
