import { Button, Divider, Stack, Text } from '@mantine/core';
import { IconRoute } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { QueryState } from '@/components/query-state';
import { demoQueryOptions } from '../api/get-demo';
import { AssetsSection } from './assets-section';
import { ClockSection } from './clock-section';
import { FaultsSection, RoleSection } from './role-faults-sections';
import { PanelSection } from './panel-section';
import { ResetSection } from './reset-section';
import { ScenarioSection } from './scenario-section';
import { ShareSection } from './share-section';
import type { StoryId } from './tour-stories';

/**
 * The demo panel (issue "Sales demo mode"): the guided tour, the scenario, the mock clock,
 * asset counts per region, role, latency and failures, a shareable link, reset. Each
 * control calls a demo endpoint; every query is refetched after it, so the page behind
 * the drawer shows the change at once.
 */
export function DemoPanel({ onStartTour }: { onStartTour: (story: StoryId) => void }) {
  const { t } = useTranslation('demo');
  const demo = useQuery(demoQueryOptions());

  return (
    <Stack gap="lg" pb="md">
      <Text size="sm" c="dimmed">
        {t('panel.intro')}
      </Text>
      <PanelSection title={t('tour.heading')} description={t('tour.description')}>
        <Stack gap="sm">
          {(['upgrade', 'expiry', 'request'] as const).map((story) => (
            <Stack key={story} gap={4} align="flex-start">
              <Button
                variant="light"
                size="xs"
                leftSection={<IconRoute size={16} aria-hidden />}
                onClick={() => onStartTour(story)}
                aria-describedby={`demo-story-${story}`}
              >
                {t('tour.start', { story: t(`tour.stories.${story}.name`) })}
              </Button>
              <Text size="xs" c="dimmed" id={`demo-story-${story}`}>
                {t(`tour.stories.${story}.description`)}
              </Text>
            </Stack>
          ))}
        </Stack>
      </PanelSection>
      <QueryState query={demo}>
        {(state) => (
          <Stack gap="lg">
            <Divider />
            <ScenarioSection state={state} />
            <Divider />
            <ClockSection state={state} />
            <Divider />
            <AssetsSection state={state} />
            <Divider />
            <RoleSection state={state} />
            <FaultsSection state={state} />
            <Divider />
            <ShareSection state={state} />
            <Divider />
            <ResetSection />
          </Stack>
        )}
      </QueryState>
    </Stack>
  );
}
