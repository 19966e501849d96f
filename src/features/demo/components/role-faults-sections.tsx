import { Group, SegmentedControl, Slider, Stack, Text } from '@mantine/core';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DemoState } from '@/domain/contract';
import { useErrorMessage } from '@/lib/error-message';
import { formatNumber } from '@/lib/format';
import { usePatchDemo } from '../api/demo-mutations';
import { PanelSection } from './panel-section';

export const MAX_LATENCY_MS = 5_000;

/** The signed-in role: admin may buy, readonly may look (R14). */
export function RoleSection({ state }: { state: DemoState }) {
  const { t } = useTranslation('demo');
  const errorMessage = useErrorMessage();
  const patch = usePatchDemo();
  const role = patch.isPending && patch.variables.role ? patch.variables.role : state.role;

  return (
    <PanelSection title={t('role.heading')}>
      <SegmentedControl
        aria-label={t('role.label')}
        value={role}
        onChange={(value) => patch.mutate({ role: value })}
        data={[
          { value: 'admin', label: t('role.admin') },
          { value: 'readonly', label: t('role.readonly') },
        ]}
        fullWidth
      />
      <Text size="xs" c="dimmed">
        {t(`role.${role}Help`)}
      </Text>
      {patch.isError && (
        <Text size="xs" c="red" role="alert">
          {errorMessage(patch.error)}
        </Text>
      )}
    </PanelSection>
  );
}

/**
 * Faults for the other endpoints (demo control is never affected): latency 0–5000 ms and a
 * failure rate 0–100 % (those requests answer 503), to show loading and error states.
 */
export function FaultsSection({ state }: { state: DemoState }) {
  const { t, i18n } = useTranslation('demo');
  const errorMessage = useErrorMessage();
  const patch = usePatchDemo();
  const n = (value: number) => formatNumber(value, i18n.language);

  return (
    <PanelSection title={t('faults.heading')} description={t('faults.description')}>
      <FaultSlider
        label={t('faults.latency')}
        value={Math.min(state.latencyMs, MAX_LATENCY_MS)}
        max={MAX_LATENCY_MS}
        step={100}
        format={(value) => t('faults.ms', { value: n(value) })}
        onCommit={(latencyMs) => patch.mutateAsync({ latencyMs })}
      />
      <FaultSlider
        label={t('faults.failureRate')}
        value={Math.round(state.failureRate * 100)}
        max={100}
        step={5}
        format={(value) => t('faults.percent', { value: n(value) })}
        onCommit={(percent) => patch.mutateAsync({ failureRate: percent / 100 })}
      />
      {patch.isError && (
        <Text size="xs" c="red" role="alert">
          {errorMessage(patch.error)}
        </Text>
      )}
    </PanelSection>
  );
}

function FaultSlider({
  label,
  value,
  max,
  step,
  format,
  onCommit,
}: {
  label: string;
  value: number;
  max: number;
  step: number;
  format: (value: number) => string;
  onCommit: (value: number) => Promise<unknown>;
}) {
  // while dragging, and until the API has it, the thumb shows the new value
  const [local, setLocal] = useState<number | null>(null);
  // changes are sent one after another: only the last one's answer hands the thumb back
  const lastCommit = useRef(0);
  const shown = local ?? value;
  return (
    <Stack gap={4}>
      <Group justify="space-between">
        <Text size="sm" fw={500}>
          {label}
        </Text>
        <Text size="sm" c="dimmed" aria-hidden>
          {format(shown)}
        </Text>
      </Group>
      <Slider
        value={shown}
        onChange={setLocal}
        onChangeEnd={(next) => {
          const commit = ++lastCommit.current;
          if (next === value) setLocal(null);
          else
            void onCommit(next).finally(() => {
              if (commit === lastCommit.current) setLocal(null);
            });
        }}
        min={0}
        max={max}
        step={step}
        label={format}
        thumbLabel={label}
        thumbValueText={format}
        marks={[{ value: 0 }, { value: max / 2 }, { value: max }]}
        mb="xs"
      />
    </Stack>
  );
}
