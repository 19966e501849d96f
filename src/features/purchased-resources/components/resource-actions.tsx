import { Button, Group } from '@mantine/core';
import {
  IconArrowUpRight,
  IconCirclePlus,
  IconPackage,
  IconRefresh,
  IconShoppingCart,
  IconTag,
  IconUserMinus,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import type { SubscriptionView } from '@/domain/contract';
import { regionNameId } from './region-name-id';
import { DANGER_TEXT } from './text-colors';

export type DialogKind = 'pack' | 'unsubscribe' | 'tags';

export type ResourceActionsProps = {
  view: SubscriptionView;
  onOpen: (kind: DialogKind, view: SubscriptionView) => void;
  /** phone cards: larger buttons */
  size?: 'compact-sm' | 'sm';
};

/**
 * R16: the operations of one region, each shown only where the API's `actions` allow it — the
 * page decides no rule. Moves to a wizard are links (Upgrade, Increase Quota, Renew, Buy);
 * the others open a dialog. Each is described by the region's name, so a screen reader hears
 * "Renew, China (Hangzhou)".
 */
export function ResourceActions({ view, onOpen, size = 'compact-sm' }: ResourceActionsProps) {
  const { t } = useTranslation('purchased-resources');
  const { actions, subscription: sub } = view;
  const describedBy = regionNameId(view);
  const common = { size, 'aria-describedby': describedBy } as const;
  const icon = (Icon: typeof IconRefresh) => <Icon size={14} aria-hidden />;

  return (
    <Group gap={6} wrap="wrap">
      {actions.buy && (
        <Button
          {...common}
          component={Link}
          to={paths.upgrade.getHref(sub.id, { method: 'edition', region: sub.region })}
          leftSection={icon(IconShoppingCart)}
        >
          {t('actions.buy')}
        </Button>
      )}
      {/* from Basic or a released subscription an upgrade is a new purchase: Buy says so */}
      {actions.upgrade && !actions.buy && (
        <Button
          {...common}
          component={Link}
          to={paths.upgrade.getHref(sub.id, { method: 'edition', region: sub.region })}
          leftSection={icon(IconArrowUpRight)}
        >
          {t('actions.upgrade')}
        </Button>
      )}
      {actions.increaseQuota && (
        <Button
          {...common}
          variant="light"
          component={Link}
          to={paths.upgrade.getHref(sub.id, { method: 'quota', region: sub.region })}
          leftSection={icon(IconCirclePlus)}
        >
          {t('actions.increaseQuota')}
        </Button>
      )}
      {actions.renew && (
        <Button
          {...common}
          variant="light"
          component={Link}
          to={paths.renew.getHref(sub.id, sub.region)}
          leftSection={icon(IconRefresh)}
        >
          {t('actions.renew')}
        </Button>
      )}
      {actions.buyPack && (
        <Button
          {...common}
          variant="default"
          onClick={() => onOpen('pack', view)}
          leftSection={icon(IconPackage)}
        >
          {t('actions.buyPack')}
        </Button>
      )}
      <Button
        {...common}
        variant="default"
        onClick={() => onOpen('tags', view)}
        leftSection={icon(IconTag)}
      >
        {t('actions.editTags')}
      </Button>
      {actions.unsubscribe && (
        <Button
          {...common}
          variant="subtle"
          color="red"
          c={DANGER_TEXT}
          onClick={() => onOpen('unsubscribe', view)}
          leftSection={icon(IconUserMinus)}
        >
          {t('actions.unsubscribe')}
        </Button>
      )}
    </Group>
  );
}
