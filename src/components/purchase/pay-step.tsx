import { Button, Text } from '@mantine/core';
import type { ReactNode, Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { PaySection, type PaySectionProps } from './pay-section';
import { WizardActions, WizardStep } from './wizard-actions';

export type PayStepProps = Omit<PaySectionProps, 'confirm' | 'errorShownBeside'> & {
  headingRef: Ref<HTMLHeadingElement>;
  /** what is bought: the order's details, worded by the wizard */
  summary: ReactNode;
  /** the itemised price (`QuoteSummary`) */
  quote: ReactNode;
  /** below the price: Download quote, and how the price stands to a reopened quote (issue 24) */
  aside?: ReactNode;
  onBack: () => void;
  /** above the summary: the purchase request this pays (issue 24) */
  notice?: ReactNode;
};

/**
 * The last step of a purchase wizard (R13): what is bought and its price, the Disclaimer,
 * Pay Now — and why a payment did not go through, with the way forward. Back forgets a
 * refusal of this attempt, so it does not follow the customer back to change it.
 */
export function PayStep({
  headingRef,
  summary,
  quote,
  aside,
  onBack,
  notice,
  ...pay
}: PayStepProps) {
  const { t } = useTranslation('purchase');
  const { payment } = pay.purchase;
  return (
    <WizardStep heading={t('review.heading')} headingRef={headingRef} gap="lg">
      <Text size="sm" c="dimmed" mt={-8}>
        {t('review.intro')}
      </Text>
      {notice}
      {summary}
      {quote}
      {aside}
      <PaySection {...pay} />
      <WizardActions
        onBack={() => {
          payment.clear();
          onBack();
        }}
        backDisabled={payment.isPending}
      >
        <Button
          size="md"
          onClick={() => pay.body && payment.pay(pay.body)}
          loading={payment.isPending}
          disabled={pay.purchase.payDisabled}
        >
          {t('actions.payNow')}
        </Button>
      </WizardActions>
    </WizardStep>
  );
}
