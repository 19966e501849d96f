import { Anchor, Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { IconCreditCard, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { Money } from '@/components/money';
import { useExpiryWords, useRequestWhat } from '@/components/purchase/request-what';
import { paths } from '@/config/paths';
import { PURCHASE_REQUESTS } from '@/domain/catalog';
import type { PurchaseRequestView } from '@/domain/contract';
import { formatDateTime } from '@/lib/format';
import { reviewAndPayHref } from '@/lib/purchase-request-draft';
import { useRegion } from '@/lib/region';
import { DeclineDialog } from './decline-dialog';

const STATUS_COLOR = {
  open: 'blue.8',
  paid: 'teal.9',
  declined: 'red.9',
  expired: 'gray.7',
} as const;

/**
 * Issue 24: the purchase requests, newest first — what, who, when, the note, the quoted and
 * today's price — and what the API allows: Review and pay (the wizard at its review step with
 * the request's choices), Decline (with a reason). Paid, declined and expired show why.
 */
export function RequestsList({ requests }: { requests: PurchaseRequestView[] }) {
  const { t } = useTranslation('requests');
  const [declining, setDeclining] = useState<string | null>(null);
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {t('list.intro', { days: PURCHASE_REQUESTS.maxAgeDays })}
      </Text>
      {requests.length === 0 ? (
        <Text c="dimmed" py="lg" ta="center">
          {t('list.empty')}
        </Text>
      ) : (
        <Stack
          component="ul"
          gap="sm"
          aria-label={t('list.label')}
          p={0}
          m={0}
          style={{ listStyle: 'none' }}
        >
          {requests.map((request) => (
            <RequestItem key={request.id} request={request} onDecline={setDeclining} />
          ))}
        </Stack>
      )}
      {declining && <DeclineDialog requestId={declining} onClose={() => setDeclining(null)} />}
    </Stack>
  );
}

function RequestItem({
  request,
  onDecline,
}: {
  request: PurchaseRequestView;
  onDecline: (id: string) => void;
}) {
  const { t, i18n } = useTranslation('requests');
  const what = useRequestWhat();
  const expiryWords = useExpiryWords();
  const navigate = useNavigate();
  const [region] = useRegion();
  const lng = i18n.language;
  const changed = request.currentAmount !== null && request.currentAmount !== request.quotedAmount;
  const expiredWords = request.expiredReason && expiryWords(request.expiredReason);

  return (
    <Paper component="li" withBorder p="md" aria-label={request.id}>
      <Stack gap={6}>
        <Group justify="space-between" gap="xs" wrap="wrap">
          <Group gap="xs">
            <Text ff="monospace" size="sm" fw={600}>
              {request.id}
            </Text>
            <Badge variant="filled" color={STATUS_COLOR[request.status]}>
              {t(`status.${request.status}`)}
            </Badge>
          </Group>
          <Group gap="md">
            <Text size="sm">
              {t('list.quoted')}
              <Money cents={request.quotedAmount} fw={600} />
            </Text>
            {request.currentAmount !== null && (
              <Text size="sm">
                {t('list.current')}
                <Money cents={request.currentAmount} fw={600} />
              </Text>
            )}
          </Group>
        </Group>
        <Text fw={600}>{what(request)}</Text>
        <Text size="sm" c="dimmed">
          {t('list.requestedBy', {
            who: request.requestedBy,
            date: formatDateTime(request.createdAt, lng),
          })}
        </Text>
        {request.note && <Text size="sm">{t('list.note', { note: request.note })}</Text>}
        {changed && (
          <Text size="sm" fw={600}>
            {t('list.priceChanged')}
          </Text>
        )}
        {request.status === 'paid' && request.orderId && (
          <Text size="sm">
            {t('list.paidWith')}{' '}
            <Anchor
              component={Link}
              to={paths.orderReceipt.getHref(request.orderId, region)}
              ff="monospace"
            >
              {request.orderId}
            </Anchor>
          </Text>
        )}
        {request.status === 'declined' && (
          <Text size="sm">
            {t('list.declined', {
              who: request.declinedBy ?? '',
              reason: request.declineReason ?? '',
            })}
          </Text>
        )}
        {expiredWords && <Text size="sm">{t('list.expired', { reason: expiredWords })}</Text>}
        {(request.actions.pay || request.actions.decline) && (
          <Group gap="xs" mt={4}>
            {request.actions.pay && (
              <Button
                size="xs"
                leftSection={<IconCreditCard size={14} aria-hidden />}
                aria-label={t('list.reviewAndPayLabel', { id: request.id })}
                onClick={() => void navigate(reviewAndPayHref(request, region))}
              >
                {t('list.reviewAndPay')}
              </Button>
            )}
            {request.actions.decline && (
              <Button
                size="xs"
                variant="default"
                leftSection={<IconX size={14} aria-hidden />}
                aria-label={t('list.declineLabel', { id: request.id })}
                onClick={() => onDecline(request.id)}
              >
                {t('list.decline')}
              </Button>
            )}
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
