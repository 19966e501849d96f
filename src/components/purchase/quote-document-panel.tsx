import { Alert, Anchor, Button, Card, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconFileDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Money } from '@/components/money';
import type { OrderRequest } from '@/domain/contract';
import type { QuoteDocument } from '@/domain/contract-quotes';
import { isApiError } from '@/lib/api-client';
import { useErrorMessage } from '@/lib/error-message';
import { formatDate } from '@/lib/format';
import {
  quoteDocumentHref,
  useCreateQuoteDocument,
  type ReopenedQuote,
} from '@/lib/quote-documents';

/**
 * Issue 24 on the review step: **Download quote** (a stored quote of these choices, opened in
 * a tab of its own to print), and, for a wizard reopened from a quote, how today's price stands
 * to it — "as quoted", or the old and the new price side by side with the reason — before Pay
 * Now. The comparison is the API's (`change`, `current`); this only words it.
 */
export function QuoteDocumentPanel({
  body,
  reopened,
}: {
  /** the choices on the review step, as an order body (null while incomplete) */
  body: OrderRequest | null;
  reopened: ReopenedQuote;
}) {
  const { t } = useTranslation('quotes');
  const errorMessage = useErrorMessage();
  const create = useCreateQuoteDocument();
  const made = create.data;
  const download = () => {
    if (!body) return;
    create.mutate(body, {
      onSuccess: (doc) => {
        window.open(quoteDocumentHref(doc.id), '_blank');
      },
    });
  };
  return (
    <Stack gap="sm">
      <Comparison reopened={reopened} />
      <Group gap="sm" align="center">
        <Button
          variant="default"
          onClick={download}
          loading={create.isPending}
          disabled={!body}
          leftSection={<IconFileDownload size={16} aria-hidden />}
        >
          {t('download.button')}
        </Button>
        <Text size="sm" c="dimmed" style={{ flex: '1 1 14rem' }}>
          {t('download.hint')}
        </Text>
      </Group>
      {made && (
        <Text size="sm" role="status">
          {t('download.created', { id: made.id })}{' '}
          <Anchor href={quoteDocumentHref(made.id)} target="_blank">
            {t('download.open', { id: made.id })}
          </Anchor>
        </Text>
      )}
      {create.error && (
        <Alert color="red" variant="light" role="alert" title={t('download.failed')}>
          <Text size="sm">{errorMessage(create.error)}</Text>
        </Alert>
      )}
    </Stack>
  );
}

function Comparison({ reopened }: { reopened: ReopenedQuote }) {
  const { t } = useTranslation('quotes');
  const { quoteId, query, doc } = reopened;
  if (!quoteId) return null;
  if (query.isPending)
    return (
      <Text size="sm" c="dimmed" role="status">
        {t('compare.loading', { id: quoteId })}
      </Text>
    );
  if (query.isError)
    return (
      <Alert color="orange" variant="light" role="status">
        <Text size="sm">
          {isApiError(query.error) && query.error.code === 'NOT_FOUND'
            ? t('compare.notFound', { id: quoteId })
            : t('download.failed')}
        </Text>
      </Alert>
    );
  // other choices than the quote's: today's price, as the summary shows
  if (!doc) return null;
  return <QuoteComparison doc={doc} />;
}

export function QuoteComparison({ doc }: { doc: QuoteDocument }) {
  const { t, i18n } = useTranslation('quotes');
  const lng = i18n.language;
  const quotedOn = formatDate(doc.createdAt, lng);
  if (doc.change === 'none')
    return (
      <Alert color="teal" variant="light" role="status" data-testid="quote-as-quoted">
        <Text size="sm">
          {t('compare.asQuoted', {
            date: quotedOn,
            id: doc.id,
            until: formatDate(doc.validUntil, lng),
          })}
        </Text>
      </Alert>
    );
  const reason =
    doc.change === 'refused'
      ? t('compare.reason.refused', { message: doc.refusal?.message ?? '' })
      : t(`compare.reason.${doc.change}`, { date: formatDate(doc.validUntil, lng) });
  return (
    <Card withBorder radius="md" padding="md" data-testid="quote-compare">
      <Stack gap="sm">
        <Text fw={600}>{t('compare.title', { id: doc.id })}</Text>
        <SimpleGrid cols={2} spacing="md" component="dl" m={0} aria-label={t('compare.label')}>
          <div>
            <Text component="dt" size="xs" c="dimmed" fw={600}>
              {t('compare.quoted', { date: quotedOn })}
            </Text>
            <Text component="dd" m={0} fz="lg" fw={600} td="line-through" c="dimmed">
              <Money cents={doc.amount} />
            </Text>
          </div>
          <div>
            <Text component="dt" size="xs" c="dimmed" fw={600}>
              {t('compare.now')}
            </Text>
            <Text component="dd" m={0} fz="lg" fw={700}>
              {doc.current ? <Money cents={doc.current.amount} /> : '—'}
            </Text>
          </div>
        </SimpleGrid>
        <Text size="sm">{reason}</Text>
      </Stack>
    </Card>
  );
}
