import { Box, Button, Group, type ButtonProps } from '@mantine/core';
import { IconPresentation } from '@tabler/icons-react';
import type { ComponentPropsWithRef } from 'react';
import { useTranslation } from 'react-i18next';

/** Opens and closes the demo panel from anywhere, inputs included (Ctrl+Shift+D, ⌘+Shift+D). */
export const DEMO_HOTKEY = 'mod+shift+D';

type DemoButtonProps = Omit<ButtonProps, 'children'> &
  Omit<ComponentPropsWithRef<'button'>, 'color' | 'children' | 'style'>;

/**
 * The header's Demo button: icon and word from small screens up, the icon alone on phones.
 * The Demo entry's (demo-entry.tsx), and its stand-in while that loads (the shell's).
 */
export function DemoButton(props: DemoButtonProps) {
  const { t } = useTranslation();
  return (
    <Button
      aria-label={t('demoEntry.label')}
      aria-haspopup="dialog"
      aria-expanded={false}
      aria-keyshortcuts="Control+Shift+D Meta+Shift+D"
      variant="light"
      size="sm"
      px={{ base: 7, sm: 'sm' }}
      {...props}
    >
      <Group gap={6} wrap="nowrap">
        <IconPresentation size={18} stroke={1.7} aria-hidden />
        <Box component="span" visibleFrom="sm">
          {t('demoEntry.label')}
        </Box>
      </Group>
    </Button>
  );
}
