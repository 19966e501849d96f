import { Button, Group, Loader, Select, Stack, Text } from '@mantine/core';
import { IconReload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ScenarioNameSchema, type DemoState, type ScenarioName } from '@/domain/contract';
import { useErrorMessage } from '@/lib/error-message';
import { useLoadScenario } from '../api/demo-mutations';
import { PanelSection } from './panel-section';

/** Every scenario of SPEC §2, in the contract's order. */
const SCENARIOS = ScenarioNameSchema.options;

/** The scenario picker: each scenario with its one-line story; choosing one loads it. */
export function ScenarioSection({ state }: { state: DemoState }) {
  const { t } = useTranslation('demo');
  const errorMessage = useErrorMessage();
  const load = useLoadScenario();
  const selected: ScenarioName =
    load.isPending && ScenarioNameSchema.safeParse(load.variables).success
      ? (load.variables as ScenarioName)
      : state.scenario;

  return (
    <PanelSection title={t('scenario.heading')}>
      <Select
        label={t('scenario.label')}
        description={t(`scenarios.${selected}.story`)}
        data={SCENARIOS.map((name) => ({ value: name, label: t(`scenarios.${name}.name`) }))}
        value={selected}
        onChange={(value) => {
          if (value) load.mutate(value);
        }}
        allowDeselect={false}
        checkIconPosition="right"
        maxDropdownHeight={360}
        renderOption={({ option }) => (
          <Stack gap={0}>
            <Text size="sm" fw={500}>
              {option.label}
            </Text>
            <Text size="xs" c="dimmed">
              {t(`scenarios.${option.value}.story`)}
            </Text>
          </Stack>
        )}
        rightSection={load.isPending ? <Loader size="xs" /> : undefined}
        error={load.isError ? errorMessage(load.error) : undefined}
      />
      <Group>
        <Button
          variant="default"
          size="xs"
          leftSection={<IconReload size={14} aria-hidden />}
          onClick={() => load.mutate(state.scenario)}
          loading={load.isPending}
        >
          {t('scenario.reload')}
        </Button>
      </Group>
    </PanelSection>
  );
}
