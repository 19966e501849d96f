import { Anchor, Badge, Button, Group, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import {
  IconAlertTriangle,
  IconArrowUpCircle,
  IconCalendarDue,
  IconCalendarX,
  IconDatabaseOff,
  IconReceipt,
  IconRefresh,
  IconShoppingCartCheck,
  IconShoppingCartQuestion,
  IconShoppingCartX,
  type Icon,
} from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useExpiryWords } from '@/components/purchase/request-what';
import { paths } from '@/config/paths';
import type { Message, MessageKind, RegionId } from '@/domain/contract';
import { useErrorMessage } from '@/lib/error-message';
import { formatDateTime } from '@/lib/format';
import { reviewAndPayPath, seedReviewAndPay } from '@/lib/purchase-request-draft';
import { purchaseRequestQueryOptions } from '@/lib/purchase-requests';
import { useMarkMessagesRead } from '../api/mark-message-read';
import { messageText } from './message-text';

const KIND_ICON: Record<MessageKind, { icon: Icon; color: string }> = {
  'renewal-reminder': { icon: IconCalendarDue, color: 'yellow' },
  'upgrade-required': { icon: IconArrowUpCircle, color: 'red' },
  expired: { icon: IconAlertTriangle, color: 'red' },
  'data-removed': { icon: IconDatabaseOff, color: 'gray' },
  'payment-succeeded': { icon: IconReceipt, color: 'teal' },
  'demo-data-reset': { icon: IconRefresh, color: 'blue' },
  'purchase-request': { icon: IconShoppingCartQuestion, color: 'violet' },
  'purchase-request-paid': { icon: IconShoppingCartCheck, color: 'teal' },
  'purchase-request-declined': { icon: IconShoppingCartX, color: 'red' },
  'purchase-request-expired': { icon: IconCalendarX, color: 'gray' },
};

/** Issue 24: the requester hearing back about a request links to the Requests list. */
const CLOSED_REQUEST_KINDS: ReadonlySet<MessageKind> = new Set([
  'purchase-request-paid',
  'purchase-request-declined',
  'purchase-request-expired',
]);

export type MessageItemProps = {
  message: Message;
  /** called once the message is read (the unread view moves focus on) */
  onRead?: () => void;
};

/** One message: kind, title and body in the UI language, date, region (a link to its overview), Mark as read. */
export function MessageItem({ message, onRead }: MessageItemProps) {
  const { t, i18n } = useTranslation('messages');
  const { t: tc } = useTranslation();
  const errorMessage = useErrorMessage();
  const titleId = useId();
  const lng = i18n.language;
  const markRead = useMarkMessagesRead();
  const expiryWords = useExpiryWords();
  const { title, body } = messageText(
    message,
    t,
    (region) => tc(`regions.${region}`),
    lng,
    expiryWords,
  );
  const { icon: KindIcon, color } = KIND_ICON[message.kind];
  const unread = !message.read;
  // issue 24: a purchase request opens it (Review and pay) or the Requests list of the Orders page
  const requestId =
    typeof message.params?.requestId === 'string' && message.params.requestId !== ''
      ? message.params.requestId
      : undefined;

  return (
    <Paper
      component="article"
      aria-labelledby={titleId}
      withBorder
      p="md"
      style={
        unread
          ? {
              borderLeft: '4px solid var(--mantine-primary-color-filled)',
              background: 'light-dark(var(--mantine-color-brand-0), var(--mantine-color-body))',
            }
          : undefined
      }
    >
      <Group align="flex-start" wrap="nowrap" gap="md">
        <ThemeIcon variant="light" color={color} size="lg" radius="xl" aria-hidden>
          <KindIcon size={18} />
        </ThemeIcon>
        <Stack gap={6} style={{ flex: 1, minWidth: 0 }}>
          <Group justify="space-between" gap="xs" wrap="wrap">
            <Group gap="xs">
              {unread && (
                <Badge color="red.8" variant="filled" size="sm">
                  {t('unread')}
                </Badge>
              )}
              <Text size="xs" c="dimmed" fw={600}>
                {t(`kinds.${message.kind}`)}
              </Text>
            </Group>
            <Text size="xs" c="dimmed" component="time" dateTime={message.createdAt}>
              {formatDateTime(message.createdAt, lng)}
            </Text>
          </Group>
          <Title order={2} size="h4" id={titleId} fw={unread ? 700 : 500}>
            {title}
          </Title>
          <Text size="sm">{body}</Text>
          {requestId && message.kind === 'purchase-request' && (
            <RequestLink requestId={requestId} region={message.region} />
          )}
          {requestId && CLOSED_REQUEST_KINDS.has(message.kind) && (
            <Anchor
              component={Link}
              to={paths.orders.getHref(message.region, 'requests')}
              size="sm"
              fw={600}
            >
              {t('text.purchaseRequestClosed.open', { requestId })}
            </Anchor>
          )}
          <Group justify="space-between" gap="sm" mt={4}>
            {message.region ? (
              <Anchor
                component={Link}
                to={paths.overview.getHref(message.region)}
                size="sm"
                aria-label={t('regionLink', { region: tc(`regions.${message.region}`) })}
              >
                {tc(`regions.${message.region}`)}
              </Anchor>
            ) : (
              <Text size="sm" c="dimmed">
                {t('allRegions')}
              </Text>
            )}
            {unread && (
              <Button
                size="xs"
                variant="default"
                loading={markRead.isPending}
                onClick={() => markRead.mutate([message.id], { onSuccess: () => onRead?.() })}
              >
                {t('markRead')}
              </Button>
            )}
          </Group>
          {markRead.isError && (
            <Text size="sm" c="red.8" role="alert">
              {t('markReadFailed')} {errorMessage(markRead.error)}
            </Text>
          )}
        </Stack>
      </Group>
    </Paper>
  );
}

/**
 * Issue 24: the request a purchase-request message is about. Open and payable by the signed-in
 * role (the API's `actions`): Review and pay, straight to the wizard at its review step (or the
 * pack dialog). Otherwise the Requests list, and the request's status; a request the API no
 * longer has (pruned: 404) or could not send is the list link alone.
 */
function RequestLink({ requestId, region }: { requestId: string; region?: RegionId }) {
  const { t } = useTranslation('messages');
  const { t: tr } = useTranslation('requests');
  const query = useQuery(purchaseRequestQueryOptions(requestId));
  // nothing while it loads: a link that changes under the pointer would open the other place
  if (query.isPending) return null;
  const request = query.data;
  if (request?.status === 'open' && request.actions.pay) {
    return (
      <Anchor
        component={Link}
        to={reviewAndPayPath(request, request.region)}
        onClick={() => seedReviewAndPay(request)}
        aria-label={tr('list.reviewAndPayLabel', { id: request.id })}
        size="sm"
        fw={600}
      >
        {tr('list.reviewAndPay')}
      </Anchor>
    );
  }
  return (
    <Group gap="xs" wrap="wrap">
      <Anchor
        component={Link}
        to={paths.orders.getHref(region ?? request?.region, 'requests')}
        size="sm"
        fw={600}
      >
        {t('text.purchaseRequest.open', { requestId })}
      </Anchor>
      {request && (
        <Text size="sm" c="dimmed">
          {t('text.purchaseRequest.status', { status: tr(`status.${request.status}`) })}
        </Text>
      )}
    </Group>
  );
}
