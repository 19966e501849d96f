import { Alert, Button, Stack, Text, TextInput } from '@mantine/core';
import { IconCheck, IconLink } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useHref, useLocation } from 'react-router';
import type { DemoState } from '@/domain/contract';
import { buildDemoLink } from '../api/demo-link';
import { PanelSection } from './panel-section';

type Copied = { url: string; copied: boolean };

/**
 * "Copy link": a URL of this page that reproduces the demo's state — scenario, clock,
 * asset counts per region, role — on another machine. The link is also shown in a
 * read-only field, so it can be copied by hand where the clipboard is not available.
 */
export function ShareSection({ state }: { state: DemoState }) {
  const { t } = useTranslation('demo');
  const [result, setResult] = useState<Copied | null>(null);
  // this page as the router sees it, base path included
  const location = useLocation();
  const href = useHref({ pathname: location.pathname, search: location.search });

  const copy = async () => {
    const url = buildDemoLink(state, { href: new URL(href, window.location.origin).href });
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(url);
      setResult({ url, copied: true });
    } catch {
      setResult({ url, copied: false });
    }
  };

  return (
    <PanelSection title={t('share.heading')} description={t('share.description')}>
      <Stack gap="xs" align="flex-start">
        <Button
          variant="light"
          size="sm"
          leftSection={<IconLink size={16} aria-hidden />}
          onClick={() => void copy()}
        >
          {t('share.copy')}
        </Button>
        {result?.copied && (
          <Text size="sm" c="teal" role="status">
            <IconCheck size={14} aria-hidden style={{ verticalAlign: 'middle' }} />{' '}
            {t('share.copied')}
          </Text>
        )}
        {result && !result.copied && (
          <Alert color="yellow" variant="light" p="xs" role="alert" w="100%">
            <Text size="sm">{t('share.copyByHand')}</Text>
          </Alert>
        )}
      </Stack>
      {result && (
        <TextInput
          label={t('share.linkLabel')}
          value={result.url}
          readOnly
          onFocus={(event) => event.currentTarget.select()}
          size="xs"
          autoFocus={!result.copied}
        />
      )}
    </PanelSection>
  );
}
