import { Alert, Anchor, Button, Container, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconExternalLink, IconPrinter } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import {
  DocumentField,
  DocumentFields,
  DocumentHead,
  DocumentTotal,
} from '@/components/document-fields';
import { LineItemsTable } from '@/components/purchase/line-items-table';
import { LoadingSkeleton, QueryState } from '@/components/query-state';
import type { QuoteDocument } from '@/domain/contract-quotes';
import { formatDate, formatDateTime } from '@/lib/format';
import { quoteDocumentQueryOptions, reopenHref } from '@/lib/quote-documents';
import classes from './quote-document.module.css';

const STATUS_COLOR = { valid: 'teal', expired: 'gray', superseded: 'orange' } as const;

/**
 * `/quotes/:quoteId` (issue 24): a quote to approve, outside the console's shell so that it
 * prints alone — reference, account, region, subscription, every line item, the total, the
 * date and its 7 days of validity, and the link that reopens the wizard with its choices.
 * Its status is the API's.
 */
export function QuoteDocumentPage() {
  const { t } = useTranslation('quotes');
  const { t: tc } = useTranslation();
  const { quoteId = '' } = useParams();
  const quote = useQuery(quoteDocumentQueryOptions(quoteId));
  const title = t('document.pageTitle', { id: quoteId });

  const content = (
    <QueryState
      query={quote}
      loading={<LoadingSkeleton lines={10} />}
      notFound={{
        title: t('document.notFoundTitle'),
        body: t('document.notFound', { id: quoteId }),
      }}
    >
      {(data) => <Document doc={data} />}
    </QueryState>
  );

  return (
    <Container size="52rem" className={classes.page} component="main">
      <title>{`${title} · ${tc('app.name')}`}</title>
      <Group justify="flex-end" gap="sm" mb="md" data-no-print>
        <Button
          onClick={() => window.print()}
          disabled={!quote.data}
          leftSection={<IconPrinter size={16} aria-hidden />}
        >
          {t('document.print')}
        </Button>
      </Group>
      {quote.data ? (
        content
      ) : (
        <Title order={1} mb="md">
          {title}
        </Title>
      )}
      {!quote.data && content}
    </Container>
  );
}

function Document({ doc }: { doc: QuoteDocument }) {
  const { t, i18n } = useTranslation('quotes');
  const { t: tc } = useTranslation();
  const lng = i18n.language;
  const reopen = reopenHref(doc);
  const note =
    doc.status === 'valid'
      ? undefined
      : t(`document.statusNote.${doc.status}`, { date: formatDate(doc.validUntil, lng) });
  return (
    <Paper
      withBorder
      p={{ base: 'md', xs: 'xl' }}
      radius="md"
      className={classes.document}
      data-quote-document
    >
      <Stack gap="lg">
        <DocumentHead
          title={
            <Title order={1} size="h2" className={classes.title}>
              {t('document.pageTitle', { id: doc.id })}
            </Title>
          }
          status={t(`document.status.${doc.status}`)}
          statusColor={STATUS_COLOR[doc.status]}
        />
        {note && (
          <Alert color="orange" variant="light" role="status">
            <Text size="sm">{note}</Text>
          </Alert>
        )}

        <DocumentFields>
          <DocumentField label={t('document.reference')} mono>
            {doc.id}
          </DocumentField>
          <DocumentField label={t('document.date')}>
            <time dateTime={doc.createdAt}>{formatDateTime(doc.createdAt, lng)}</time>
          </DocumentField>
          <DocumentField label={t('document.account')}>
            {t('document.accountValue', { name: doc.account.name, id: doc.account.id })}
          </DocumentField>
          <DocumentField label={t('document.validUntil')}>
            <time dateTime={doc.validUntil}>{formatDateTime(doc.validUntil, lng)}</time>
          </DocumentField>
          <DocumentField label={t('document.region')}>{tc(`regions.${doc.region}`)}</DocumentField>
          <DocumentField label={t('document.subscription')} mono>
            {doc.subscriptionId}
          </DocumentField>
          {doc.order.type !== 'unsubscribe' && (
            <DocumentField label={t('document.purchase')}>
              {t(`document.types.${doc.order.type}`)}
            </DocumentField>
          )}
        </DocumentFields>

        <LineItemsTable
          items={doc.items}
          label={t('document.items')}
          columns={{ item: t('document.item'), amount: t('document.amount') }}
          verticalSpacing="sm"
        />
        <DocumentTotal label={t('document.total')} cents={doc.amount} testId="quote-total" />
        <Text size="sm" data-testid="quote-validity">
          {t('document.validity', { date: formatDate(doc.validUntil, lng) })}
        </Text>
        <Group data-no-print>
          <Anchor component={Link} to={reopen} size="sm">
            <Group gap={4} component="span">
              <IconExternalLink size={14} aria-hidden />
              {t('document.reopen')}
            </Group>
          </Anchor>
        </Group>
        <Text size="xs" className={classes.printOnly}>
          {t('document.reopenPrint', { url: new URL(reopen, window.location.origin).href })}
        </Text>
      </Stack>
    </Paper>
  );
}
