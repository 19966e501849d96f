import {
  ActionIcon,
  Alert,
  Button,
  CloseButton,
  Collapse,
  Group,
  Paper,
  Progress,
  Skeleton,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useElementSize } from '@mantine/hooks';
import {
  IconArrowLeft,
  IconArrowRight,
  IconCheck,
  IconChevronDown,
  IconChevronUp,
  IconInfoCircle,
} from '@tabler/icons-react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ErrorFallback } from '@/components/error-fallback';
import { announce } from '@/components/live-announcer';
import { subscriptionQueryOptions } from '@/lib/subscription';
import classes from './guided-tour.module.css';
import { STORIES, TOUR_SUBSCRIPTION, type StoryId } from './tour-stories';

export type TourPosition = { story: StoryId; step: number };

/**
 * The guided tour's card, floating in a corner above the page: the story, the step, what
 * to point at, and Previous step / Next step. Entering a step sets the mocked world
 * through the demo endpoints (every query is refetched), then opens the page that shows it.
 */
export function GuidedTour({
  position,
  onMove,
  onEnd,
}: {
  position: TourPosition;
  onMove: (position: TourPosition) => void;
  onEnd: () => void;
}) {
  const { t } = useTranslation('demo');
  const titleId = useId();
  const navigate = useNavigate();
  const steps = STORIES[position.story];
  const step = steps[position.step] ?? steps[0]!;
  const isLast = position.step === steps.length - 1;

  const enter = useMutation({
    mutationFn: (index: number) => (steps[index] ?? steps[0]!).enter(),
    onSuccess: ({ href }) => void navigate(href),
  });
  const { mutate } = enter;

  // entering a step (the first one included) sets its state once
  const entered = useRef<string | null>(null);
  useEffect(() => {
    const id = `${position.story}:${position.step}`;
    if (entered.current === id) return;
    entered.current = id;
    mutate(position.step);
  }, [position.story, position.step, mutate]);

  const title = t(`tour.steps.${step.key}.title`);
  useEffect(() => {
    if (enter.isSuccess) announce(title);
  }, [enter.isSuccess, title]);

  // the last step of story 1 says so when the upgrade was not paid
  const subscription = useQuery({
    ...subscriptionQueryOptions(TOUR_SUBSCRIPTION),
    enabled: position.story === 'upgrade' && step.key === 'disappears' && enter.isSuccess,
  });
  const notPaidYet =
    position.story === 'upgrade' &&
    step.key === 'disappears' &&
    enter.isSuccess &&
    subscription.data?.upgradeRequired === true;

  const move = (offset: number) => onMove({ ...position, step: position.step + offset });

  // the card may be folded to its title and buttons, to uncover what lies beneath
  const [folded, setFolded] = useState(false);
  const bodyId = useId();
  // the page can scroll its last lines above the card
  const { ref: cardRef, height } = useElementSize();
  useEffect(() => {
    const previous = document.body.style.paddingBottom;
    document.body.style.paddingBottom = `${Math.ceil(height) + 32}px`;
    return () => {
      document.body.style.paddingBottom = previous;
    };
  }, [height]);

  return (
    <Paper
      ref={cardRef}
      component="section"
      aria-labelledby={titleId}
      className={classes.card}
      shadow="lg"
      withBorder
      p="md"
    >
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap" align="flex-start" gap="xs">
          <Stack gap={2}>
            <Text size="xs" fw={600} c="dimmed" tt="uppercase">
              {t(`tour.stories.${position.story}.name`)}
            </Text>
            <Title order={2} size="h4" id={titleId}>
              {t('tour.stepOf', { step: position.step + 1, total: steps.length })} · {title}
            </Title>
          </Stack>
          <Group gap={2} wrap="nowrap">
            <ActionIcon
              variant="subtle"
              color="gray"
              onClick={() => setFolded((value) => !value)}
              aria-label={t('tour.details')}
              aria-expanded={!folded}
              aria-controls={bodyId}
            >
              {folded ? <IconChevronUp size={18} /> : <IconChevronDown size={18} />}
            </ActionIcon>
            <CloseButton onClick={onEnd} aria-label={t('tour.end')} />
          </Group>
        </Group>
        <Progress
          value={((position.step + 1) / steps.length) * 100}
          size="xs"
          aria-label={t('tour.progress')}
        />
        <Collapse expanded={!folded} id={bodyId}>
          <Stack gap="xs">
            {enter.data ? (
              <Text size="sm">{t(`tour.steps.${step.key}.body`, enter.data.values)}</Text>
            ) : (
              <Skeleton height={40} aria-hidden />
            )}
            {notPaidYet && (
              <Alert color="yellow" variant="light" icon={<IconInfoCircle aria-hidden />} p="xs">
                <Text size="sm">{t('tour.notPaid')}</Text>
              </Alert>
            )}
          </Stack>
        </Collapse>
        {enter.isError && (
          <ErrorFallback
            title={t('tour.failed')}
            error={enter.error}
            onRetry={() => mutate(position.step)}
            retrying={enter.isPending}
          />
        )}
        <Group justify="space-between" gap="xs" mt={4}>
          <Button
            variant="default"
            size="xs"
            onClick={() => move(-1)}
            disabled={position.step === 0 || enter.isPending}
            leftSection={<IconArrowLeft size={14} aria-hidden />}
          >
            {t('tour.previous')}
          </Button>
          {isLast ? (
            <Button
              size="xs"
              onClick={onEnd}
              disabled={enter.isPending}
              leftSection={<IconCheck size={14} aria-hidden />}
            >
              {t('tour.finish')}
            </Button>
          ) : (
            <Button
              size="xs"
              onClick={() => move(1)}
              loading={enter.isPending}
              rightSection={<IconArrowRight size={14} aria-hidden />}
            >
              {t('tour.next')}
            </Button>
          )}
        </Group>
      </Stack>
    </Paper>
  );
}
