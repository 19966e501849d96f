import { Stepper, VisuallyHidden } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';

export type PurchaseStepperProps = {
  /** the step labels, in order (the result page is not a step: `active === labels.length` there) */
  labels: string[];
  active: number;
};

/**
 * Where the customer is in a purchase. The stepper is a picture for sighted users (its steps
 * are not clickable: the wizard moves with Next and Back); screen readers get the same as
 * one sentence, "Step 2 of 3: Validity".
 */
export function PurchaseStepper({ labels, active }: PurchaseStepperProps) {
  const { t } = useTranslation('purchase');
  const narrow = useMediaQuery('(max-width: 36em)');
  const current = labels[active];
  return (
    <>
      {current && (
        <VisuallyHidden>
          {t('stepper.stepOf', { current: active + 1, total: labels.length })}: {current}
        </VisuallyHidden>
      )}
      <Stepper
        active={active}
        size="sm"
        mb="xl"
        aria-hidden
        orientation={narrow ? 'vertical' : 'horizontal'}
        allowNextStepsSelect={false}
      >
        {labels.map((label) => (
          <Stepper.Step key={label} label={label} />
        ))}
      </Stepper>
    </>
  );
}
