import { Text, type TextProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '@/lib/format';

export type MoneyProps = TextProps & {
  /** integer cents, USD */
  cents: number;
};

/** An amount of integer cents in USD, formatted for the UI language. */
export function Money({ cents, ...props }: MoneyProps) {
  const { i18n } = useTranslation();
  return (
    <Text component="span" inherit {...props} style={{ fontVariantNumeric: 'tabular-nums' }}>
      {formatMoney(cents, i18n.language)}
    </Text>
  );
}
