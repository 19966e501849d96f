import {
  Alert,
  Anchor,
  Badge,
  Card,
  Group,
  List,
  Skeleton,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { IconArrowLeft, IconInfoCircle, IconUserShield } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { PageHeader } from '@/components/page-header';
import { paths } from '@/config/paths';
import { useRegion } from '@/lib/region';
import { sessionQueryOptions } from '@/lib/session';
import { returnPath } from './return-path';

/**
 * SPEC §3 `/help/permissions` — "Assigning permissions": why a purchase may be
 * refused (`FORBIDDEN`, R14) and how an administrator grants the permission.
 */
export function HelpPage() {
  const { t } = useTranslation('help');
  const { t: tc } = useTranslation();
  const session = useQuery(sessionQueryOptions());
  const [searchParams] = useSearchParams();
  const [region] = useRegion();
  // a ?from= that is not a path of this console leads to the Overview, and says so
  const overview = paths.overview.getHref(region);
  const back = returnPath(searchParams.get('from'), overview);

  return (
    <>
      <PageHeader title={t('permissions.title')} description={t('permissions.intro')} />
      <Stack gap="xl" maw={880}>
        {back && (
          <Anchor component={Link} to={back} size="sm" style={{ alignSelf: 'flex-start' }}>
            <IconArrowLeft size={14} aria-hidden style={{ verticalAlign: 'middle' }} />{' '}
            {back === overview ? tc('actions.goToOverview') : t('permissions.backToPurchase')}
          </Anchor>
        )}
        <Card>
          <Group gap="sm" mb="xs">
            <IconUserShield aria-hidden />
            <Title order={2}>{t('permissions.yourRole')}</Title>
            {session.data ? (
              <Badge variant="filled" color={session.data.role === 'admin' ? 'teal.9' : 'gray.7'}>
                {tc(`roles.${session.data.role}`)}
              </Badge>
            ) : session.isPending ? (
              <Skeleton height={20} width={96} />
            ) : null}
          </Group>
          {session.data && (
            <Text size="sm">
              {session.data.role === 'admin'
                ? t('permissions.yourRoleAdmin')
                : t('permissions.yourRoleReadonly')}
            </Text>
          )}
          {session.isError && (
            <Text size="sm" c="dimmed">
              {tc('state.errorHint')}
            </Text>
          )}
        </Card>

        <section aria-labelledby="roles-title">
          <Title order={2} id="roles-title" mb="sm">
            {t('permissions.rolesTitle')}
          </Title>
          {/* on a phone the table scrolls sideways: the box takes keyboard focus so arrows scroll it */}
          <Table.ScrollContainer
            minWidth={440}
            scrollAreaProps={{
              viewportProps: { tabIndex: 0, role: 'region', 'aria-labelledby': 'roles-title' },
            }}
          >
            <Table withTableBorder verticalSpacing="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('permissions.roleColumn')}</Table.Th>
                  <Table.Th scope="col">{t('permissions.canColumn')}</Table.Th>
                  <Table.Th scope="col">{t('permissions.cannotColumn')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                <Table.Tr>
                  <Table.Th scope="row">{tc('roles.admin')}</Table.Th>
                  <Table.Td>{t('permissions.adminCan')}</Table.Td>
                  <Table.Td>{t('permissions.adminCannot')}</Table.Td>
                </Table.Tr>
                <Table.Tr>
                  <Table.Th scope="row">{tc('roles.readonly')}</Table.Th>
                  <Table.Td>{t('permissions.readonlyCan')}</Table.Td>
                  <Table.Td>{t('permissions.readonlyCannot')}</Table.Td>
                </Table.Tr>
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </section>

        <section aria-labelledby="steps-title">
          <Title order={2} id="steps-title" mb="sm">
            {t('permissions.stepsTitle')}
          </Title>
          <List type="ordered" spacing="sm">
            {t('permissions.steps', { returnObjects: true }).map((step) => (
              <List.Item key={step}>{step}</List.Item>
            ))}
          </List>
        </section>

        <section aria-labelledby="refused-title">
          <Title order={2} id="refused-title" mb="sm">
            {t('permissions.refusedTitle')}
          </Title>
          <Text>{t('permissions.refused')}</Text>
        </section>

        {session.data?.mock && (
          <Alert
            variant="light"
            icon={<IconInfoCircle aria-hidden />}
            title={
              <span role="heading" aria-level={2}>
                {t('permissions.demoTitle')}
              </span>
            }
          >
            {t('permissions.demo')}
          </Alert>
        )}
      </Stack>
    </>
  );
}
