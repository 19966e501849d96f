import { Tooltip } from '@mantine/core';
import type { ReactElement } from 'react';

/**
 * Why Renew is unavailable, on hover, on focus and on touch (overview-actions.tsx). A chunk of
 * its own: only a subscription that must be upgraded first shows it, so the Overview's code
 * carries no Tooltip (nor floating-ui) for every other one.
 */
export default function RenewBlockedTooltip({
  label,
  children,
}: {
  label: string;
  children: ReactElement;
}) {
  return (
    <Tooltip
      label={label}
      multiline
      w={300}
      withArrow
      events={{ hover: true, focus: true, touch: true }}
    >
      {children}
    </Tooltip>
  );
}
