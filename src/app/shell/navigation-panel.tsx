import { AppShell, Badge, Group, NavLink, Skeleton, Stack, Text } from '@mantine/core';
import { IconHelpCircle } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { navigation } from '@/config/navigation';
import { paths } from '@/config/paths';
import { useRegion } from '@/lib/region';
import { sessionQueryOptions } from '@/lib/session';
import classes from '../shell.module.css';

const isActive = (pathname: string, path: string) =>
  pathname === path || pathname.startsWith(`${path}/`);

/**
 * The navbar, built from `config/navigation.ts`; links keep the selected region. At its foot,
 * `preferences`: what a phone's header has no room for (shell.tsx).
 */
export function NavigationPanel({
  onNavigate,
  preferences,
}: {
  onNavigate: () => void;
  preferences?: ReactNode;
}) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const [region] = useRegion();

  return (
    <>
      {/* the browser's own scrolling when the links outgrow a short window */}
      <AppShell.Section grow p="xs" className={classes.navbarLinks}>
        <Stack gap={2}>
          {navigation.map((item) => {
            const active = isActive(pathname, item.path);
            return (
              <NavLink
                key={item.id}
                component={Link}
                to={item.getHref(region)}
                label={t(item.labelKey)}
                leftSection={<item.icon size={18} stroke={1.6} aria-hidden />}
                active={active}
                aria-current={active ? 'page' : undefined}
                onClick={onNavigate}
                variant="light"
                style={{ borderRadius: 'var(--mantine-radius-sm)' }}
              />
            );
          })}
        </Stack>
      </AppShell.Section>
      <AppShell.Section p="xs" className={classes.navbarFooter}>
        {preferences}
        <NavLink
          component={Link}
          to={paths.helpPermissions.getHref(region)}
          label={t('nav.help')}
          leftSection={<IconHelpCircle size={18} stroke={1.6} aria-hidden />}
          active={isActive(pathname, paths.helpPermissions.path)}
          aria-current={isActive(pathname, paths.helpPermissions.path) ? 'page' : undefined}
          onClick={onNavigate}
          style={{ borderRadius: 'var(--mantine-radius-sm)' }}
        />
        <AccountSummary />
      </AppShell.Section>
    </>
  );
}

function AccountSummary() {
  const { t } = useTranslation();
  const session = useQuery(sessionQueryOptions());
  if (session.isPending) return <Skeleton height={40} mt="xs" />;
  if (!session.data) return null;
  const { account, role, mock } = session.data;
  return (
    <Stack gap={4} px="sm" pt="xs">
      <Group gap="xs" justify="space-between" wrap="nowrap">
        <Text size="sm" fw={600} truncate="end" title={account.name}>
          {account.name}
        </Text>
        <Badge size="sm" variant="light" color={role === 'admin' ? 'brand' : 'gray'}>
          {t(`roles.${role}`)}
        </Badge>
      </Group>
      {mock && (
        <Text size="xs" c="dimmed">
          {t('shell.demoMode')}
        </Text>
      )}
    </Stack>
  );
}
