import { ActionIcon, useMantineColorScheme, type ActionIconProps } from '@mantine/core';
import { IconDeviceDesktop, IconLanguage } from '@tabler/icons-react';
import type { ComponentPropsWithRef } from 'react';
import { useTranslation } from 'react-i18next';
import { SCHEMES } from './color-schemes';

type TriggerProps = Omit<ActionIconProps, 'children'> &
  Omit<ComponentPropsWithRef<'button'>, 'color' | 'children'>;

/**
 * The header's Language and Colour scheme buttons: the menus' targets (preferences-menu.tsx),
 * and their stand-ins while the menus' code loads (shell.tsx).
 */
export function LanguageTrigger(props: TriggerProps) {
  const { t } = useTranslation();
  return (
    <ActionIcon variant="subtle" color="gray" size="lg" aria-label={t('shell.language')} {...props}>
      <IconLanguage size={20} aria-hidden />
    </ActionIcon>
  );
}

export function ColorSchemeTrigger(props: TriggerProps) {
  const { t } = useTranslation();
  const { colorScheme } = useMantineColorScheme();
  const Icon = SCHEMES.find((scheme) => scheme.value === colorScheme)?.icon ?? IconDeviceDesktop;
  return (
    <ActionIcon
      variant="subtle"
      color="gray"
      size="lg"
      aria-label={t('shell.colorScheme')}
      {...props}
    >
      <Icon size={20} aria-hidden />
    </ActionIcon>
  );
}
