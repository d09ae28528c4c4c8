import { Paper, Table, Text } from '@mantine/core';
import { formatNumberVi, VAT_RATE_LABEL } from '@sen/shared';
import { useTranslation } from 'react-i18next';
import type { DocumentLinePartsFragment, DocumentTotalsPartsFragment } from '../../../gql/graphql';

const money = (v: string) => formatNumberVi(v);
const quantity = (v: string) => formatNumberVi(v);

export interface DocumentLinesViewProps {
  lines: DocumentLinePartsFragment[];
  totals: DocumentTotalsPartsFragment;
}

/** A document's stored lines and the totals the server computed (read-only). */
export function DocumentLinesView({ lines, totals }: DocumentLinesViewProps) {
  const { t } = useTranslation();
  const rows: [string, string, string][] = [['amount', t('sales.totals.amount'), money(totals.amount)]];
  if (totals.discount !== '0') {
    rows.push(['discount', t('sales.totals.discount'), money(totals.discount)]);
  }
  for (const r of totals.vatByRate) {
    rows.push([
      `vat-${r.rate}`,
      t('sales.totals.vatOn', { rate: VAT_RATE_LABEL[r.rate].vi, base: money(r.base) }),
      money(r.vat),
    ]);
  }
  rows.push(
    ['vat', t('sales.totals.vat'), money(totals.vat)],
    ['total', t('sales.totals.total'), money(totals.total)],
  );
  return (
    <>
      <Paper withBorder>
        <Table.ScrollContainer minWidth={800}>
          <Table aria-label={t('sales.lines.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('sales.lines.no')}</Table.Th>
                <Table.Th>{t('sales.lines.product')}</Table.Th>
                <Table.Th>{t('sales.lines.unit')}</Table.Th>
                <Table.Th ta="right">{t('sales.lines.quantity')}</Table.Th>
                <Table.Th ta="right">{t('sales.lines.unitPrice')}</Table.Th>
                <Table.Th ta="right">{t('sales.lines.discount')}</Table.Th>
                <Table.Th>{t('sales.lines.vatRate')}</Table.Th>
                <Table.Th ta="right">{t('sales.lines.amount')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {lines.map((l) => (
                <Table.Tr key={l.id}>
                  <Table.Td>{l.position}</Table.Td>
                  <Table.Td>{l.productName}</Table.Td>
                  <Table.Td>{l.unit ?? ''}</Table.Td>
                  <Table.Td ta="right">{quantity(l.quantity)}</Table.Td>
                  <Table.Td ta="right">{money(l.unitPrice)}</Table.Td>
                  <Table.Td ta="right">{l.discount !== '0' ? money(l.discount) : ''}</Table.Td>
                  <Table.Td>{VAT_RATE_LABEL[l.vatRate].vi}</Table.Td>
                  <Table.Td ta="right">{money(String(BigInt(l.amount) - BigInt(l.discount)))}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Paper>
      <Paper withBorder p="sm" maw={520} ml="auto" role="region" aria-label={t('sales.totals.label')}>
        <Table>
          <Table.Tbody>
            {rows.map(([key, label, value]) => (
              <Table.Tr key={key} data-testid={`totals-${key}`}>
                <Table.Td fw={key === 'total' ? 700 : undefined}>{label}</Table.Td>
                <Table.Td ta="right" fw={key === 'total' ? 700 : undefined} style={{ whiteSpace: 'nowrap' }}>
                  {value}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <Text size="sm" fs="italic" mt="xs" data-testid="totals-in-words">
          {t('sales.totals.inWords')}: {totals.inWords}
        </Text>
      </Paper>
    </>
  );
}
