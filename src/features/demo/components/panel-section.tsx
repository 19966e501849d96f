import { Stack, Text, Title } from '@mantine/core';
import { useId, type ReactNode } from 'react';

/** One section of the demo panel: a heading (h3 under the drawer's h2), a line of help, the controls. */
export function PanelSection({
  title,
  description,
  children,
}: {
  title: string;
  description?: ReactNode;
  children: ReactNode;
}) {
  const id = useId();
  return (
    <Stack component="section" aria-labelledby={id} gap="xs">
      <Title order={3} size="h5" id={id}>
        {title}
      </Title>
      {description && (
        <Text size="sm" c="dimmed">
          {description}
        </Text>
      )}
      {children}
    </Stack>
  );
}
