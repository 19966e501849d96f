import { Progress, Stack, Stepper, Text, VisuallyHidden } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';

export type PurchaseStepperProps = {
  /** the step labels, in order (the result page is not a step: `active === labels.length` there) */
  labels: string[];
  active: number;
};

/**
 * Where the customer is in a purchase. The stepper is a picture for sighted users (its steps
 * are not clickable: the wizard moves with Next and Back); screen readers get the same as one
 * sentence, "Step 2 of 3: Validity". On a phone the picture is that sentence and a bar.
 */
export function PurchaseStepper({ labels, active }: PurchaseStepperProps) {
  const { t } = useTranslation('purchase');
  const narrow = useMediaQuery('(max-width: 36em)', false, { getInitialValueInEffect: false });
  const current = labels[active];
  const sentence = current
    ? `${t('stepper.stepOf', { current: active + 1, total: labels.length })}: ${current}`
    : null;

  if (narrow) {
    return (
      <Stack gap={6} mb="lg">
        {sentence && (
          <Text size="sm" fw={600}>
            {sentence}
          </Text>
        )}
        <Progress
          value={(Math.min(active + 1, labels.length) / labels.length) * 100}
          size="sm"
          aria-hidden
        />
      </Stack>
    );
  }
  return (
    <>
      {sentence && <VisuallyHidden>{sentence}</VisuallyHidden>}
      <Stepper active={active} size="sm" mb="xl" aria-hidden allowNextStepsSelect={false}>
        {labels.map((label) => (
          <Stepper.Step key={label} label={label} />
        ))}
      </Stepper>
    </>
  );
}
