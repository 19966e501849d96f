import { Badge, type BadgeProps } from '@mantine/core';
import { IconShieldCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Edition } from '@/domain/contract';
import { editionColor } from '@/theme/theme';

export type EditionBadgeProps = Omit<BadgeProps, 'color' | 'children'> & {
  edition: Edition;
  /** an accessible name such as "Edition: Standard" (the header badge, R15) */
  'aria-label'?: string;
  role?: string;
};

/** An edition (R17): Basic, Standard or Professional. */
export function EditionBadge({ edition, ...props }: EditionBadgeProps) {
  const { t } = useTranslation();
  return (
    <Badge
      variant="filled"
      color={editionColor[edition]}
      leftSection={<IconShieldCheck size={14} aria-hidden />}
      {...props}
    >
      {t(`editions.${edition}`)}
    </Badge>
  );
}
