import { Menu, useMantineColorScheme } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, toLanguage } from '@/lib/i18n';
import { SCHEMES } from './color-schemes';
import {
  ColorSchemeTrigger,
  LanguageTrigger,
  type PreferencePlacement,
} from './preference-triggers';

/**
 * The header's preference menus, a chunk of their own, with Mantine's Menu and floating-ui:
 * loaded once the customer does something on the page, in the navbar when it opens (shell.tsx,
 * AfterFirstPage).
 */

type MenuProps = { placement?: PreferencePlacement };

/**
 * In the header (and on a page without the shell) the menu opens below its button; in the
 * navbar, at its foot, above its row.
 */
const position = (placement: PreferencePlacement) =>
  placement === 'navbar' ? ('top-start' as const) : ('bottom-end' as const);

/**
 * English / 中文: `i18n.changeLanguage`, which loads every namespace in use in that language
 * before it switches; `src/lib/i18n.ts` sets `<html lang>` and keeps the choice in localStorage
 * (`sc-ui:language`), which index.html reads on the next visit. Also on the sign-in page
 * (`placement="page"`), so that a choice made there carries on into the console.
 */
export function LanguageMenu({ placement = 'header' }: MenuProps) {
  const { t, i18n } = useTranslation();
  const current = toLanguage(i18n.language);
  return (
    <Menu position={position(placement)} shadow="md" width={160}>
      <Menu.Target>
        <LanguageTrigger placement={placement} />
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('shell.language')}</Menu.Label>
        {LANGUAGES.map((lng) => (
          <Menu.Item
            key={lng}
            aria-current={current === lng ? 'true' : undefined}
            lang={lng === 'zh' ? 'zh-CN' : 'en'}
            rightSection={current === lng ? <IconCheck size={16} aria-hidden /> : null}
            onClick={() => void i18n.changeLanguage(lng)}
          >
            {t(`languages.${lng}`)}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}

/** Light, dark, or the system's choice (default). */
export function ColorSchemeMenu({ placement = 'header' }: MenuProps) {
  const { t } = useTranslation();
  const { colorScheme, setColorScheme } = useMantineColorScheme();
  return (
    <Menu position={position(placement)} shadow="md" width={180}>
      <Menu.Target>
        <ColorSchemeTrigger placement={placement} />
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('shell.colorScheme')}</Menu.Label>
        {SCHEMES.map(({ value, icon: Icon, labelKey }) => (
          <Menu.Item
            key={value}
            aria-current={colorScheme === value ? 'true' : undefined}
            leftSection={<Icon size={16} aria-hidden />}
            rightSection={colorScheme === value ? <IconCheck size={16} aria-hidden /> : null}
            onClick={() => setColorScheme(value)}
          >
            {t(labelKey)}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
