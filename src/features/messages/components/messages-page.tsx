import {
  Anchor,
  Button,
  Group,
  SegmentedControl,
  Skeleton,
  Stack,
  Text,
  VisuallyHidden,
} from '@mantine/core';
import { IconChecks, IconInbox } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { announce } from '@/components/live-announcer';
import { ErrorFallback } from '@/components/error-fallback';
import { PageHeader } from '@/components/page-header';
import type { Message } from '@/domain/contract';
import { useErrorMessage } from '@/lib/error-message';
import { messagesQueryOptions } from '../api/get-messages';
import { useMarkMessagesRead } from '../api/mark-message-read';
import { MessageItem } from './message-item';

export type MessageFilter = 'all' | 'unread';
export const FILTER_PARAM = 'filter';

const newestFirst = (a: Message, b: Message) => Date.parse(b.createdAt) - Date.parse(a.createdAt);

/** `?filter=unread` — kept in the URL, so the view can be shared and survives a reload. */
function useMessageFilter(): [MessageFilter, (next: MessageFilter) => void] {
  const [searchParams, setSearchParams] = useSearchParams();
  const filter: MessageFilter = searchParams.get(FILTER_PARAM) === 'unread' ? 'unread' : 'all';
  const setFilter = (next: MessageFilter) =>
    setSearchParams((previous) => {
      const params = new URLSearchParams(previous);
      if (next === 'unread') params.set(FILTER_PARAM, 'unread');
      else params.delete(FILTER_PARAM);
      return params;
    });
  return [filter, setFilter];
}

/**
 * SPEC §3 `/messages`: the message centre, newest first; All or Unread (in the URL);
 * Mark as read per message (the bell's count follows: one query, `['messages']`).
 */
export function MessagesPage() {
  const { t } = useTranslation('messages');
  const errorMessage = useErrorMessage();
  const messages = useQuery(messagesQueryOptions());
  const [filter, setFilter] = useMessageFilter();
  const markAll = useMarkMessagesRead();
  const listRef = useRef<HTMLDivElement>(null);

  const data = messages.data;
  const items = data ? [...data.items].sort(newestFirst) : [];
  const unreadItems = items.filter((message) => !message.read);
  const shown = filter === 'unread' ? unreadItems : items;

  const focusList = () => listRef.current?.focus();

  let content;
  if (data) {
    content = (
      <Stack gap="md">
        <Group justify="space-between" gap="sm">
          <SegmentedControl
            aria-label={t('filter.label')}
            value={filter}
            onChange={(value) => setFilter(value === 'unread' ? 'unread' : 'all')}
            data={[
              { value: 'all', label: t('filter.all', { count: items.length }) },
              { value: 'unread', label: t('filter.unread', { count: unreadItems.length }) },
            ]}
          />
        </Group>
        {markAll.isError && (
          <Text size="sm" c="red.8" role="alert">
            {t('markReadFailed')} {errorMessage(markAll.error)}
          </Text>
        )}
        {shown.length === 0 ? (
          <Stack align="center" gap="xs" py="xl">
            <IconInbox size={40} stroke={1.4} aria-hidden color="var(--mantine-color-dimmed)" />
            <Text c="dimmed" ta="center">
              {filter === 'unread' ? t('empty.unread') : t('empty.all')}
            </Text>
            {filter === 'unread' && items.length > 0 && (
              <Anchor component="button" type="button" onClick={() => setFilter('all')}>
                {t('empty.showAll')}
              </Anchor>
            )}
          </Stack>
        ) : (
          <Stack
            component="ul"
            ref={listRef}
            tabIndex={-1}
            aria-label={t('title')}
            gap="sm"
            p={0}
            m={0}
            style={{ listStyle: 'none', outline: 'none' }}
          >
            {shown.map((message) => (
              <li key={message.id}>
                <MessageItem
                  message={message}
                  onRead={() => {
                    announce(t('markedRead'));
                    if (filter === 'unread') focusList();
                  }}
                />
              </li>
            ))}
          </Stack>
        )}
      </Stack>
    );
  } else if (messages.isError) {
    content = (
      <ErrorFallback
        title={t('error.title')}
        error={messages.error}
        onRetry={() => void messages.refetch()}
        retrying={messages.isFetching}
      />
    );
  } else {
    content = (
      <Stack gap="sm" aria-busy="true">
        <VisuallyHidden role="status">{t('loading')}</VisuallyHidden>
        <Skeleton height={34} width={220} />
        {Array.from({ length: 3 }, (_, index) => (
          <Skeleton key={index} height={112} radius="md" />
        ))}
      </Stack>
    );
  }

  return (
    <>
      <PageHeader
        title={t('title')}
        description={t('description')}
        actions={
          data && unreadItems.length > 0 ? (
            <Button
              variant="default"
              leftSection={<IconChecks size={16} aria-hidden />}
              loading={markAll.isPending}
              onClick={() =>
                markAll.mutate(
                  unreadItems.map((message) => message.id),
                  { onSuccess: () => announce(t('markedAllRead')) },
                )
              }
            >
              {t('markAllRead')}
            </Button>
          ) : undefined
        }
      />
      {content}
    </>
  );
}
