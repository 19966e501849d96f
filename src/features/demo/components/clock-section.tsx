import { Badge, Button, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import '@mantine/dates/styles.css';
import { DatesProvider, DateTimePicker } from '@mantine/dates';
import { IconClockPlay } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import dayjs from 'dayjs';
// the picker's month and day names in Chinese (DatesProvider below); only the demo panel has one
import 'dayjs/locale/zh-cn';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DemoPatch, DemoState } from '@/domain/contract';
import { useErrorMessage } from '@/lib/error-message';
import { formatDateTime } from '@/lib/format';
import { toLanguage } from '@/lib/i18n';
import { useRegion } from '@/lib/region';
import { demoSubscriptionsQueryOptions } from '../api/get-demo';
import { useMoveDemoClock, useSetDemoClock } from '../api/demo-mutations';
import { DAY_MS, offsetText } from './clock';
import { PanelSection } from './panel-section';

/** the picker's string format (local time), as @mantine/dates reads and writes it */
const PICKER_FORMAT = 'YYYY-MM-DD HH:mm:ss';

/**
 * The mock's clock: a date-time picker, +1 day, +1 week, to the selected region's expiry or
 * data removal, and back to real time. Status is derived from this clock at every request
 * (SPEC §1), so every page follows it.
 */
export function ClockSection({ state }: { state: DemoState }) {
  const { t, i18n } = useTranslation('demo');
  const { t: tc } = useTranslation();
  const errorMessage = useErrorMessage();
  const lng = i18n.language;
  const patch = useSetDemoClock();
  const [region] = useRegion();
  const subscriptions = useQuery(demoSubscriptionsQueryOptions());
  const view = subscriptions.data?.items.find((item) => item.subscription.region === region);
  const expiresAt = view?.subscription.expiresAt ?? null;
  const removalAt = view?.retentionEndsAt ?? null;
  const [draft, setDraft] = useState<string | null>(null);

  const move = useMoveDemoClock();
  const setClock = (now: DemoPatch['now']) => patch.mutate(now);
  const moveBy = (ms: number) => move.mutate(ms);
  // the error of the change made last, if it failed
  const last = move.submittedAt > patch.submittedAt ? move : patch;

  const shown = dayjs(state.now).format(PICKER_FORMAT);
  const regionName = tc(`regions.${region}`);

  return (
    <PanelSection title={t('clock.heading')} description={t('clock.description')}>
      <Group gap="xs">
        <Text size="sm">{t('clock.now', { time: formatDateTime(state.now, lng) })}</Text>
        <Badge variant="light" color={state.clockOffsetMs === 0 ? 'gray' : 'orange'}>
          {offsetText(state.clockOffsetMs, t)}
        </Badge>
      </Group>
      <DatesProvider settings={{ locale: toLanguage(lng) === 'zh' ? 'zh-cn' : 'en' }}>
        <DateTimePicker
          label={t('clock.picker')}
          description={t('clock.pickerHelp')}
          value={draft ?? shown}
          onChange={(value) => setDraft(value)}
          onDropdownClose={() => {
            if (draft && draft !== shown) setClock(dayjs(draft).toISOString());
            setDraft(null);
          }}
          valueFormat={toLanguage(lng) === 'zh' ? 'YYYY年M月D日 HH:mm' : 'D MMM YYYY HH:mm'}
          // the API keeps the clock within one year back and ten years ahead (SPEC §2)
          minDate={dayjs(state.clockRange.min).format(PICKER_FORMAT)}
          maxDate={dayjs(state.clockRange.max).format(PICKER_FORMAT)}
          leftSection={<IconClockPlay size={16} aria-hidden />}
          submitButtonProps={{ 'aria-label': t('clock.pickerSubmit') }}
          timePickerProps={{
            'aria-label': t('clock.time'),
            hoursInputLabel: t('clock.timeHours'),
            minutesInputLabel: t('clock.timeMinutes'),
          }}
          ariaLabels={{
            nextMonth: t('clock.calendar.nextMonth'),
            previousMonth: t('clock.calendar.previousMonth'),
            nextYear: t('clock.calendar.nextYear'),
            previousYear: t('clock.calendar.previousYear'),
            nextDecade: t('clock.calendar.nextDecade'),
            previousDecade: t('clock.calendar.previousDecade'),
            monthLevelControl: t('clock.calendar.monthLevel'),
            yearLevelControl: t('clock.calendar.yearLevel'),
          }}
          // readable days in both schemes: no red weekends, no faint days of other months
          weekendDays={[]}
          hideOutsideDates
          dropdownType="popover"
          popoverProps={{ withinPortal: true }}
        />
      </DatesProvider>
      <SimpleGrid cols={{ base: 2, xs: 3 }} spacing="xs">
        <Button variant="default" size="xs" onClick={() => moveBy(DAY_MS)}>
          {t('clock.plusDay')}
        </Button>
        <Button variant="default" size="xs" onClick={() => moveBy(7 * DAY_MS)}>
          {t('clock.plusWeek')}
        </Button>
        <Button
          variant="default"
          size="xs"
          onClick={() => setClock(null)}
          disabled={state.clockOffsetMs === 0}
        >
          {t('clock.realTime')}
        </Button>
        <Button
          variant="default"
          size="xs"
          onClick={() => expiresAt && setClock(expiresAt)}
          disabled={!expiresAt}
          aria-describedby="demo-clock-region"
        >
          {t('clock.toExpiry')}
        </Button>
        <Button
          variant="default"
          size="xs"
          onClick={() => removalAt && setClock(removalAt)}
          disabled={!removalAt}
          aria-describedby="demo-clock-region"
        >
          {t('clock.toRemoval')}
        </Button>
      </SimpleGrid>
      <Stack gap={2}>
        <Text size="xs" c="dimmed" id="demo-clock-region">
          {expiresAt && removalAt
            ? t('clock.regionDates', {
                region: regionName,
                expiry: formatDateTime(expiresAt, lng),
                removal: formatDateTime(removalAt, lng),
              })
            : subscriptions.isPending
              ? t('clock.regionLoading', { region: regionName })
              : subscriptions.isError
                ? errorMessage(subscriptions.error)
                : t('clock.regionNoExpiry', { region: regionName })}
        </Text>
        {(patch.isPending || move.isPending) && (
          <Text size="xs" c="dimmed" role="status">
            {t('panel.applying')}
          </Text>
        )}
        {last.isError && (
          <Text size="xs" c="red" role="alert">
            {errorMessage(last.error)}
          </Text>
        )}
      </Stack>
    </PanelSection>
  );
}
