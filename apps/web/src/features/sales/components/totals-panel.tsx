import { Paper, Table, Text } from '@mantine/core';
import { formatNumberVi, VAT_RATE_LABEL, type VatRate } from '@sen/shared';
import { useTranslation } from 'react-i18next';

type Amount = string | bigint;

export interface TotalsPanelProps {
  totals: {
    amount: Amount;
    discount: Amount;
    vat: Amount;
    total: Amount;
    vatByRate: readonly { rate: VatRate; base: Amount; vat: Amount }[];
    inWords: string;
  };
}

/** A document's totals: amount, discount, VAT per rate, VAT, total, and the total in words. */
export function TotalsPanel({ totals }: TotalsPanelProps) {
  const { t } = useTranslation();
  const money = (v: Amount) => formatNumberVi(v);
  const rows: [string, string, string][] = [['amount', t('sales.totals.amount'), money(totals.amount)]];
  if (BigInt(totals.discount) > 0n) {
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
  );
}
