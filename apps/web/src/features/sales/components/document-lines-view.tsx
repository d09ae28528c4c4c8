import { Paper, Table } from '@mantine/core';
import { formatNumberVi, VAT_RATE_LABEL } from '@sen/shared';
import { useTranslation } from 'react-i18next';
import { TotalsPanel } from './totals-panel';
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
      <TotalsPanel totals={totals} />
    </>
  );
}
