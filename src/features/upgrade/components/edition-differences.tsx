import { Table, Text, VisuallyHidden } from '@mantine/core';
import { IconCheck, IconMinus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Catalog, Edition } from '@/domain/contract';

/**
 * "Edition differences": what each edition offers, from the catalog's feature lists (SPEC §1).
 * The current edition's column is marked; the chosen one is highlighted.
 */
export function EditionDifferences({
  catalog,
  current,
  selected,
}: {
  catalog: Catalog;
  current: Edition | null;
  selected: Edition | null;
}) {
  const { t } = useTranslation('upgrade');
  const { t: tc } = useTranslation();
  const editions = [...catalog.editions].sort((a, b) => a.rank - b.rank);
  const highlight = (id: Edition) =>
    id === selected ? { background: 'var(--mantine-primary-color-light)' } : undefined;
  return (
    <Table.ScrollContainer minWidth={400}>
      <Table withTableBorder verticalSpacing={6} fz="sm" aria-label={t('edition.differences')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('edition.feature')}</Table.Th>
            {editions.map((edition) => (
              <Table.Th key={edition.id} scope="col" ta="center" style={highlight(edition.id)}>
                {tc(`editions.${edition.id}`)}
                {edition.id === current && (
                  <Text component="span" size="xs" c="dimmed" fw={400}>
                    {' '}
                    ({t('edition.current')})
                  </Text>
                )}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {catalog.features.map((feature) => (
            <Table.Tr key={feature}>
              <Table.Th scope="row" fw={400}>
                {t(`features.${feature}` as 'features.securityScore', { defaultValue: feature })}
              </Table.Th>
              {editions.map((edition) => {
                const included = edition.features.includes(feature);
                return (
                  <Table.Td key={edition.id} ta="center" style={highlight(edition.id)}>
                    {included ? (
                      <IconCheck
                        size={18}
                        color="var(--mantine-color-teal-7)"
                        aria-hidden
                        style={{ verticalAlign: 'middle' }}
                      />
                    ) : (
                      <IconMinus
                        size={18}
                        color="var(--mantine-color-dimmed)"
                        aria-hidden
                        style={{ verticalAlign: 'middle' }}
                      />
                    )}
                    <VisuallyHidden>
                      {included ? t('edition.included') : t('edition.notIncluded')}
                    </VisuallyHidden>
                  </Table.Td>
                );
              })}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
