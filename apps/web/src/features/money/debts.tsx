import { useQuery } from '@apollo/client/react';
import { Anchor, Group, Paper, Table, Text } from '@mantine/core';
import { formatVnd } from '@sen/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert, PageLoader } from '../../components/page';
import { CustomerDebtDocument } from './api';

/** A customer's "Công nợ" tab: what it owes, overdue, by age. */
export function CustomerDebtTab({ customerId }: { customerId: string }) {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(CustomerDebtDocument, {
    variables: { customerId },
    fetchPolicy: 'cache-and-network',
  });
  if (!data) {
    return loading ? <PageLoader /> : <ErrorAlert error={error} onRetry={() => void refetch()} />;
  }
  const d = data.customerDebt;
  const rows: [string, string][] = [
    [t('money.debts.invoiced'), d.invoiced],
    [t('money.received'), d.received],
    [t('money.outstanding'), d.outstanding],
    [t('money.debts.overdue'), d.overdue],
    ...d.buckets.map((b): [string, string] => [t('money.debts.bucket', { label: b.label }), b.amount]),
  ];
  return (
    <Paper withBorder p="sm">
      <Table aria-label={t('money.debts.tab')}>
        <Table.Tbody>
          {rows.map(([label, value]) => (
            <Table.Tr key={label}>
              <Table.Td>
                <Text size="sm">{label}</Text>
              </Table.Td>
              <Table.Td ta="right">{formatVnd(value)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Group mt="sm">
        <Anchor component={Link} to="/debts" size="sm">
          {t('money.debts.title')}
        </Anchor>
      </Group>
    </Paper>
  );
}
