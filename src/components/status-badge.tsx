import { Badge, type BadgeProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Status } from '@/domain/contract';
import { statusColor } from '@/theme/theme';

export type StatusBadgeProps = Omit<BadgeProps, 'color' | 'children'> & { status: Status };

/** The lifecycle status of a subscription (SPEC §1, R1–R4). */
export function StatusBadge({ status, ...props }: StatusBadgeProps) {
  const { t } = useTranslation();
  return (
    <Badge variant="filled" color={statusColor[status]} {...props}>
      {t(`status.${status}`)}
    </Badge>
  );
}
