import { ActionIcon, Menu, useMantineColorScheme, type MantineColorScheme } from '@mantine/core';
import { IconCheck, IconDeviceDesktop, IconLanguage, IconMoon, IconSun } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, toLanguage } from '@/lib/i18n';

/** English / 中文; the choice is kept in localStorage by the language detector. */
export function LanguageMenu() {
  const { t, i18n } = useTranslation();
  const current = toLanguage(i18n.language);
  return (
    <Menu position="bottom-end" shadow="md" width={160}>
      <Menu.Target>
        <ActionIcon variant="subtle" color="gray" size="lg" aria-label={t('shell.language')}>
          <IconLanguage size={20} aria-hidden />
        </ActionIcon>
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

const SCHEMES = [
  { value: 'light', icon: IconSun, labelKey: 'shell.colorSchemeLight' },
  { value: 'dark', icon: IconMoon, labelKey: 'shell.colorSchemeDark' },
  { value: 'auto', icon: IconDeviceDesktop, labelKey: 'shell.colorSchemeAuto' },
] as const satisfies readonly { value: MantineColorScheme; icon: unknown; labelKey: string }[];

/** Light, dark, or the system's choice (default). */
export function ColorSchemeMenu() {
  const { t } = useTranslation();
  const { colorScheme, setColorScheme } = useMantineColorScheme();
  const CurrentIcon =
    SCHEMES.find((scheme) => scheme.value === colorScheme)?.icon ?? IconDeviceDesktop;
  return (
    <Menu position="bottom-end" shadow="md" width={180}>
      <Menu.Target>
        <ActionIcon variant="subtle" color="gray" size="lg" aria-label={t('shell.colorScheme')}>
          <CurrentIcon size={20} aria-hidden />
        </ActionIcon>
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
