import {
  Alert,
  Anchor,
  Badge,
  Button,
  Container,
  Divider,
  Group,
  Paper,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { IconExternalLink, IconPrinter } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { DocumentField, DocumentFields } from '@/components/document-fields';
import { Money } from '@/components/money';
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
        <Group justify="space-between" align="flex-start" gap="sm">
          <Stack gap={2}>
            <Text fw={700} size="lg">
              {tc('app.name')}
            </Text>
            <Title order={1} size="h2" className={classes.title}>
              {t('document.pageTitle', { id: doc.id })}
            </Title>
          </Stack>
          <Badge
            color={STATUS_COLOR[doc.status]}
            variant="light"
            size="lg"
            style={{ flexShrink: 0 }}
          >
            {t(`document.status.${doc.status}`)}
          </Badge>
        </Group>
        {note && (
          <Alert color="orange" variant="light" role="status">
            <Text size="sm">{note}</Text>
          </Alert>
        )}

        <DocumentFields>
          <DocumentField label={t('document.reference')}>
            <Text component="span" ff="monospace" size="sm">
              {doc.id}
            </Text>
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
          <DocumentField label={t('document.subscription')}>
            <Text component="span" ff="monospace" size="sm">
              {doc.subscriptionId}
            </Text>
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
        <Divider />
        <Group justify="space-between" align="baseline">
          <Text fw={600}>{t('document.total')}</Text>
          <Text fw={700} fz="xl" className={classes.amount} data-testid="quote-total">
            <Money cents={doc.amount} />
          </Text>
        </Group>
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
