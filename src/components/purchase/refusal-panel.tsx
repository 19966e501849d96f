import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import type { RegionId } from '@/domain/contract';
import { StepHeading } from './step-heading';

/**
 * A purchase the API refused up front (R4, R5, R7, …), in place of the wizard: what and why,
 * the way forward (`action`: upgrade first, buy, renew) and the way back to Purchased Resources.
 */
export function RefusalPanel({
  title,
  message,
  action,
  region,
}: {
  title: string;
  message: string;
  action?: ReactNode;
  region: RegionId;
}) {
  const { t } = useTranslation('purchase');
  return (
    <Stack gap="md" maw={720}>
      <Alert color="orange" variant="light" icon={<IconAlertTriangle aria-hidden />}>
        <Stack gap="sm">
          <StepHeading size="h3" mb={0}>
            {title}
          </StepHeading>
          <Text size="sm" role="status">
            {message}
          </Text>
          <Group>
            {action}
            <Button
              component={Link}
              to={paths.purchasedResources.getHref(region)}
              variant="default"
            >
              {t('actions.purchasedResources')}
            </Button>
          </Group>
        </Stack>
      </Alert>
    </Stack>
  );
}
