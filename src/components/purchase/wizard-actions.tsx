import { Button, Group, Stack, type ButtonProps } from '@mantine/core';
import { IconArrowLeft, IconArrowRight } from '@tabler/icons-react';
import type { ReactNode, Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { StepHeading } from './step-heading';

/** A wizard step: its heading (focused when the step opens, see `useStepFocus`) and its content. */
export function WizardStep({
  heading,
  headingRef,
  wide = false,
  gap = 'md',
  children,
}: {
  heading: ReactNode;
  headingRef: Ref<HTMLHeadingElement>;
  /** the step lays out a form and the price side by side: no reading width */
  wide?: boolean;
  gap?: 'md' | 'lg';
  children: ReactNode;
}) {
  return (
    <Stack gap={gap} maw={wide ? undefined : 880}>
      <StepHeading ref={headingRef}>{heading}</StepHeading>
      {children}
    </Stack>
  );
}

/** The buttons under a wizard step: Back on the left (when there is a step before), the way on at the right. */
export function WizardActions({
  onBack,
  backDisabled = false,
  children,
}: {
  onBack?: () => void;
  backDisabled?: boolean;
  children?: ReactNode;
}) {
  const { t } = useTranslation('purchase');
  return (
    <Group justify="space-between" mt="xl" gap="sm">
      {onBack ? (
        <Button
          variant="default"
          onClick={onBack}
          disabled={backDisabled}
          leftSection={<IconArrowLeft size={16} aria-hidden />}
        >
          {t('actions.back')}
        </Button>
      ) : (
        <span />
      )}
      <Group gap="sm">{children}</Group>
    </Group>
  );
}

/** Next: on to the wizard's following step. */
export function NextButton({
  onClick,
  loading,
  disabled,
}: { onClick: () => void } & Pick<ButtonProps, 'loading' | 'disabled'>) {
  const { t } = useTranslation('purchase');
  return (
    <Button
      onClick={onClick}
      loading={loading}
      disabled={disabled}
      rightSection={<IconArrowRight size={16} aria-hidden />}
    >
      {t('actions.next')}
    </Button>
  );
}
