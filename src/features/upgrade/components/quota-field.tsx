import { Button, Group, NumberInput, Stack, Text } from '@mantine/core';
import { useState, type ReactNode, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '@/lib/format';

export type QuotaFieldProps = {
  value: number | '';
  onChange: (value: number | '') => void;
  /** the smallest quota on offer and why (from the subscription view) */
  min: number;
  minReason: string;
  /** the largest quota on offer (catalog `limits.maxQuota`) */
  max: number;
  /** the catalog's upgrade threshold (R7), for the planning hint */
  thresholdPercent: number;
  /** the API's refusal of this quota, in customer words */
  error?: ReactNode;
  inputRef?: Ref<HTMLInputElement>;
  /** a quota the API suggests, beside the field (issue 24's growth forecast) */
  suggestion?: ReactNode;
};

/**
 * The asset quota (R6, R11): minimum and maximum named beside the field with the reason, the
 * API's refusal beside it, and a way to size it from the servers the customer expects.
 * Typing is never clamped: a number out of range is quoted, and the API says why it is refused.
 */
export function QuotaField({
  value,
  onChange,
  min,
  minReason,
  max,
  thresholdPercent,
  error,
  inputRef,
  suggestion,
}: QuotaFieldProps) {
  const { t, i18n } = useTranslation('upgrade');
  const [expected, setExpected] = useState<number | ''>('');
  const [note, setNote] = useState<string | null>(null);

  const applyExpected = () => {
    if (expected === '') return;
    const next = Math.min(Math.max(expected, min), max);
    setNote(
      next !== expected ? t('quota.raisedToMin', { min: formatNumber(next, i18n.language) }) : null,
    );
    onChange(next);
  };

  return (
    <Stack gap="sm">
      <NumberInput
        ref={inputRef}
        label={t('quota.label')}
        description={
          <>
            {minReason} {t('quota.max', { max: formatNumber(max, i18n.language) })}
          </>
        }
        value={value}
        onChange={(next) => {
          setNote(null);
          onChange(typeof next === 'number' ? next : next === '' ? '' : Number(next));
        }}
        min={min}
        max={max}
        clampBehavior="none"
        allowDecimal={false}
        allowNegative={false}
        required
        maw={360}
        error={error}
      />
      {suggestion}
      <Group align="flex-end" gap="sm" wrap="wrap">
        <NumberInput
          label={t('quota.expected')}
          description={t('quota.expectedDescription')}
          value={expected}
          onChange={(next) => setExpected(typeof next === 'number' ? next : '')}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              applyExpected();
            }
          }}
          min={1}
          max={max}
          allowDecimal={false}
          allowNegative={false}
          maw={360}
          style={{ flex: '1 1 16rem' }}
        />
        <Button variant="default" onClick={applyExpected} disabled={expected === ''}>
          {t('quota.useExpected')}
        </Button>
      </Group>
      {note && (
        <Text size="sm" role="status">
          {note}
        </Text>
      )}
      <Text size="xs" c="dimmed">
        {t('quota.headroom', { percent: thresholdPercent })}
      </Text>
    </Stack>
  );
}
