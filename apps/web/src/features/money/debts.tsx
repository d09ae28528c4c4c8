import { useQuery } from '@apollo/client/react';
import { Anchor, Button, Checkbox, Group, Paper, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { formatVnd } from '@sen/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '../../components/empty-state';
import { ErrorAlert, Page, PageLoader, useErrorMessage } from '../../components/page';
import { downloadFile } from '../../lib/files';
import { CustomerDebtDocument, DebtsDocument } from './api';

/** Bán hàng → Công nợ (SAL-07): customers still owing, most owed first, with aging; "Xuất file công nợ". */
export function DebtsPage() {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [overdueOnly, setOverdueOnly] = useState(false);
  const { data, loading, error, refetch } = useQuery(DebtsDocument, {
    variables: { first: 100, filter: { overdueOnly } },
    fetchPolicy: 'cache-and-network',
  });
  const exportFile = async () => {
    try {
      await downloadFile(`/files/export/debts.xlsx?overdueOnly=${overdueOnly}`, 'cong-no.xlsx');
    } catch (e) {
      notifications.show({ color: 'red', message: errorMessage(e) });
    }
  };
  return (
    <Page
      title={t('money.debts.title')}
      actions={
        <Button variant="default" onClick={() => void exportFile()}>
          {t('money.debts.export')}
        </Button>
      }
    >
      <Checkbox
        label={t('money.debts.overdueOnly')}
        checked={overdueOnly}
        onChange={(e) => setOverdueOnly(e.currentTarget.checked)}
      />
      {!data ? (
        loading ? (
          <PageLoader />
        ) : (
          <ErrorAlert error={error} onRetry={() => void refetch()} />
        )
      ) : (
        <Paper withBorder>
          <Table aria-label={t('money.debts.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('sales.fields.customer')}</Table.Th>
                <Table.Th ta="right">{t('money.debts.invoiced')}</Table.Th>
                <Table.Th ta="right">{t('money.received')}</Table.Th>
                <Table.Th ta="right">{t('money.outstanding')}</Table.Th>
                <Table.Th ta="right">{t('money.debts.overdue')}</Table.Th>
                {['0-30', '31-60', '61-90', '90+'].map((b) => (
                  <Table.Th key={b} ta="right">
                    {t('money.debts.bucket', { label: b })}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.debts.nodes.map((d) => (
                <Table.Tr key={d.customer.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/customers/${d.customer.id}`}>
                      {d.customer.name}
                    </Anchor>
                  </Table.Td>
                  <Table.Td ta="right">{formatVnd(d.invoiced)}</Table.Td>
                  <Table.Td ta="right">{formatVnd(d.received)}</Table.Td>
                  <Table.Td ta="right">{formatVnd(d.outstanding)}</Table.Td>
                  <Table.Td ta="right">{formatVnd(d.overdue)}</Table.Td>
                  {d.buckets.map((b) => (
                    <Table.Td key={b.label} ta="right">
                      {formatVnd(b.amount)}
                    </Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {data.debts.nodes.length === 0 ? (
            <EmptyState
              title={t(overdueOnly ? 'empty.debtsOverdueNone' : 'empty.debtsNone')}
              description={t('empty.debtsHint')}
            />
          ) : null}
        </Paper>
      )}
    </Page>
  );
}

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
