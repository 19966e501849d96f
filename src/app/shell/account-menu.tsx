import { Menu } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconLogout } from '@tabler/icons-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { paths } from '@/config/paths';
import { signOut } from '@/features/session/api/session';
import { useNotificationsHost } from '@/lib/notifications-host';
import { sessionQueryOptions } from '@/lib/session';
import { AccountTrigger } from './preference-triggers';

/**
 * The account menu (only with a real backend, which has sessions): the account signed in to,
 * and Sign out — `DELETE /session`, the cache emptied, then the sign-in page.
 */
export function AccountMenu() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const session = useQuery(sessionQueryOptions());
  useNotificationsHost();

  const leave = () =>
    signOut(queryClient, () => Promise.resolve(navigate(paths.signIn.getHref()))).catch(() =>
      notifications.show({ color: 'red', message: t('shell.signOutFailed') }),
    );

  return (
    <Menu position="bottom-end" shadow="md" width={220}>
      <Menu.Target>
        <AccountTrigger />
      </Menu.Target>
      <Menu.Dropdown>
        {session.data && (
          <Menu.Label>{t('shell.signedInTo', { account: session.data.account.name })}</Menu.Label>
        )}
        <Menu.Item leftSection={<IconLogout size={16} aria-hidden />} onClick={() => void leave()}>
          {t('shell.signOut')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
