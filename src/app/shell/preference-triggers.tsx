import { ActionIcon, NavLink, useMantineColorScheme } from '@mantine/core';
import { IconDeviceDesktop, IconLanguage, IconUserCircle } from '@tabler/icons-react';
import type { ComponentPropsWithRef, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { SCHEMES } from './color-schemes';

/**
 * Where a preference control sits: in the header as an icon button, or in the navbar (a
 * phone's menu, where the header has no room for it) as a row with its name.
 */
export type PreferencePlacement = 'header' | 'navbar';

export type TriggerProps = Omit<
  ComponentPropsWithRef<'button'>,
  'color' | 'children' | 'onChange'
> & {
  placement?: PreferencePlacement;
};

/**
 * The Language and Colour scheme buttons: the menus' targets (preferences-menu.tsx), and
 * their stand-ins while the menus' code loads (shell.tsx). The accessible name is the
 * same in both places.
 */
export function LanguageTrigger(props: TriggerProps) {
  const { t } = useTranslation();
  return <Trigger label={t('shell.language')} icon={IconLanguage} {...props} />;
}

export function ColorSchemeTrigger(props: TriggerProps) {
  const { t } = useTranslation();
  const { colorScheme } = useMantineColorScheme();
  const Icon = SCHEMES.find((scheme) => scheme.value === colorScheme)?.icon ?? IconDeviceDesktop;
  return <Trigger label={t('shell.colorScheme')} icon={Icon} {...props} />;
}

/** The account menu's button (account-menu.tsx), only with a real backend. */
export function AccountTrigger(props: TriggerProps) {
  const { t } = useTranslation();
  return <Trigger label={t('shell.accountMenu')} icon={IconUserCircle} {...props} />;
}

function Trigger({
  label,
  icon: Icon,
  placement = 'header',
  ...props
}: TriggerProps & {
  label: string;
  icon: (props: { size: number; stroke?: number; 'aria-hidden': boolean }) => ReactNode;
}) {
  if (placement === 'navbar') {
    return (
      <NavLink
        component="button"
        type="button"
        label={label}
        leftSection={<Icon size={18} stroke={1.6} aria-hidden />}
        style={{ borderRadius: 'var(--mantine-radius-sm)' }}
        {...props}
      />
    );
  }
  return (
    <ActionIcon variant="subtle" color="gray" size="lg" aria-label={label} {...props}>
      <Icon size={20} aria-hidden />
    </ActionIcon>
  );
}
