import { mergeThemeOverrides, type MantineThemeOverride } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { theme } from './theme';

/**
 * The theme with the words Mantine's own controls need, in the UI language: the close
 * buttons of every modal, drawer, notification and alert are named "Close" / "关闭"
 * (an unnamed button is an axe `button-name` violation, critical).
 */
export function useLocalizedTheme(): MantineThemeOverride {
  const { t } = useTranslation();
  const close = t('actions.close');
  return useMemo(
    () =>
      mergeThemeOverrides(theme, {
        components: {
          Modal: { defaultProps: { closeButtonProps: { 'aria-label': close } } },
          Drawer: { defaultProps: { closeButtonProps: { 'aria-label': close } } },
          Notification: { defaultProps: { closeButtonProps: { 'aria-label': close } } },
          Alert: { defaultProps: { closeButtonLabel: close } },
        },
      }),
    [close],
  );
}
