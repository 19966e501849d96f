import { ActionIcon, Button, NavLink, useMantineColorScheme } from '@mantine/core';
import {
  IconChevronDown,
  IconDeviceDesktop,
  IconLanguage,
  IconUserCircle,
} from '@tabler/icons-react';
import type { ComponentPropsWithRef, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { toLanguage } from '@/lib/i18n';
import { SCHEMES } from './color-schemes';

/**
 * Where a preference control sits: in the header as an icon button, in the navbar (a
 * phone's menu, where the header has no room for it) as a row with its name, or on a page
 * without the shell (the sign-in page: the language only) as a small button that shows the
 * current choice.
 */
export type PreferencePlacement = 'header' | 'navbar' | 'page';

export type TriggerProps = Omit<
  ComponentPropsWithRef<'button'>,
  'color' | 'children' | 'onChange'
> & {
  placement?: PreferencePlacement;
};

/**
 * The Language and Colour scheme buttons: the menus' targets (preferences-menu.tsx), and
 * their stand-ins while the menus' code loads (shell.tsx). The accessible name is the
 * same in both places. On the sign-in page (`placement="page"`) the Language button shows the
 * current language and is named "Language: English".
 */
export function LanguageTrigger({ placement, ...props }: TriggerProps) {
  const { t, i18n } = useTranslation();
  if (placement === 'page') {
    // the language's name in sight (English / 中文), read out with what it is a choice of
    const language = t(`languages.${toLanguage(i18n.language)}`);
    return (
      <Button
        variant="subtle"
        color="gray"
        leftSection={<IconLanguage size={18} aria-hidden />}
        rightSection={<IconChevronDown size={14} aria-hidden />}
        aria-label={t('shell.languageCurrent', { language })}
        {...props}
      >
        {language}
      </Button>
    );
  }
  return (
    <Trigger label={t('shell.language')} icon={IconLanguage} placement={placement} {...props} />
  );
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
