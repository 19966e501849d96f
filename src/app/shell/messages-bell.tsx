import { ActionIcon, Indicator } from '@mantine/core';
import { IconBell } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { messagesQueryOptions } from '@/features/messages/api/get-messages';
import { useRegion } from '@/lib/region';

/** The message centre's bell with its unread count (SPEC §1, Messages). */
export function MessagesBell() {
  const { t } = useTranslation();
  const [region] = useRegion();
  const messages = useQuery({ ...messagesQueryOptions(), refetchInterval: 60_000 });
  const unread = messages.data?.unread ?? 0;
  const label = messages.data
    ? t('shell.messagesButton', { count: unread })
    : t('shell.messagesButtonLoading');

  return (
    <Indicator
      label={<span aria-hidden>{unread > 99 ? '99+' : unread}</span>}
      size={18}
      offset={5}
      color="red.9"
      disabled={unread === 0}
      style={{ flex: 'none' }}
    >
      <ActionIcon
        component={Link}
        to={paths.messages.getHref(region)}
        variant="subtle"
        color="gray"
        size="lg"
        aria-label={label}
      >
        <IconBell size={20} aria-hidden />
      </ActionIcon>
    </Indicator>
  );
}
