import { Alert, Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconLock, IconRefresh } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import { paths } from '@/config/paths';
import type { RegionId } from '@/domain/contract';

type Common = {
  /** the alert's heading (left out when compact) */
  title: string;
  message: ReactNode;
  /** a one-line form under a control in a table row: no icon, no heading, small text */
  compact?: boolean;
};

const frame = (compact: boolean) => ({
  role: 'alert',
  color: 'orange',
  variant: 'light',
  p: compact ? 'xs' : undefined,
});

/** The help page links back to the page the customer was refused on (`?from=`). */
const withReturn = (href: string, from: string) =>
  `${href}${href.includes('?') ? '&' : '?'}from=${encodeURIComponent(from)}`;

/**
 * The API refused for want of the purchase permission (FORBIDDEN, R14): what happened and the
 * way to "Assigning permissions", which links back here. An alert, so it is announced.
 */
export function ForbiddenAlert({
  title,
  message,
  linkText,
  region,
  compact = false,
}: Common & { linkText: string; region?: RegionId }) {
  const location = useLocation();
  const size = compact ? 'xs' : 'sm';
  return (
    <Alert
      {...frame(compact)}
      icon={compact ? undefined : <IconLock aria-hidden />}
      title={compact ? undefined : title}
    >
      <Stack gap={compact ? 4 : 'xs'}>
        <Text size={size}>{message}</Text>
        <Anchor
          component={Link}
          to={withReturn(
            paths.helpPermissions.getHref(region),
            location.pathname + location.search,
          )}
          size={size}
          fw={600}
          // dark: the theme's link blue is under 4.5:1 on the orange alert, so white there
          style={{ color: 'light-dark(var(--mantine-color-anchor), var(--mantine-color-white))' }}
        >
          {linkText}
        </Anchor>
      </Stack>
    </Alert>
  );
}

/**
 * The subscription changed elsewhere (VERSION_CONFLICT): what happened and a button that takes
 * its latest state. An alert, so it is announced.
 */
export function ConflictAlert({
  title,
  message,
  reloadText,
  onReload,
  reloading = false,
  compact = false,
}: Common & { reloadText: string; onReload: () => void; reloading?: boolean }) {
  return (
    <Alert
      {...frame(compact)}
      icon={compact ? undefined : <IconAlertTriangle aria-hidden />}
      title={compact ? undefined : title}
    >
      <Stack gap={compact ? 4 : 'xs'}>
        <Text size={compact ? 'xs' : 'sm'}>{message}</Text>
        <Group>
          <Button
            size="xs"
            variant="default"
            leftSection={<IconRefresh size={compact ? 14 : 16} aria-hidden />}
            onClick={onReload}
            loading={reloading}
          >
            {reloadText}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}
