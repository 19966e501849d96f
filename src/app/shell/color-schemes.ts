import type { MantineColorScheme } from '@mantine/core';
import { IconDeviceDesktop, IconMoon, IconSun } from '@tabler/icons-react';

/** The colour schemes the header offers, with their icons and words. */
export const SCHEMES = [
  { value: 'light', icon: IconSun, labelKey: 'shell.colorSchemeLight' },
  { value: 'dark', icon: IconMoon, labelKey: 'shell.colorSchemeDark' },
  { value: 'auto', icon: IconDeviceDesktop, labelKey: 'shell.colorSchemeAuto' },
] as const satisfies readonly { value: MantineColorScheme; icon: unknown; labelKey: string }[];
