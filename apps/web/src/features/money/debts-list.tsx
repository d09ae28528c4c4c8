import { Anchor, Button } from '@mantine/core';
import { formatVnd } from '@sen/shared';
import type { ColumnDef } from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DateInput } from '../../components/form';
import { FlagFilter, ListPage, useListState, usePagedQuery } from '../../components/list-page';
import { useErrorMessage } from '../../components/page';
import type { DebtFilter, MoneyDebtsQuery } from '../../gql/graphql';
import { downloadFile } from '../../lib/files';
import { DebtsDocument } from './api';
import { notifyFailed } from '../../lib/notify';

type DebtRow = MoneyDebtsQuery['debts']['nodes'][number];

const BUCKETS = ['0-30', '31-60', '61-90', '90+'];

interface Panel {
  overdueOnly: boolean;
  asOf: string | null;
}

const EMPTY: Panel = { overdueOnly: false, asOf: null };

/** "Xuất file công nợ": the debts list as filtered, streamed by the server. */
function DebtsExportButton({ filter }: { filter: DebtFilter }) {
  const { t, i18n } = useTranslation();
  const errorMessage = useErrorMessage();
  const [busy, setBusy] = useState(false);
  const exportFile = async () => {
    const params = new URLSearchParams({
      lang: i18n.language,
      overdueOnly: String(Boolean(filter.overdueOnly)),
    });
    if (filter.search) {
      params.set('search', filter.search);
    }
    if (filter.asOf) {
      params.set('asOf', filter.asOf);
    }
    setBusy(true);
    try {
      await downloadFile(`/files/export/debts.xlsx?${params.toString()}`, 'cong-no.xlsx');
    } catch (e) {
      notifyFailed(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button variant="default" loading={busy} onClick={() => void exportFile()}>
      {t('money.debts.export')}
    </Button>
  );
}

/** Bán hàng → Công nợ (SAL-07): customers still owing, most owed first, with aging; "Xuất file công nợ". */
export function DebtsPage() {
  const { t } = useTranslation();
  const list = useListState({ emptyPanel: EMPTY });
  const { panel } = list;
  const filter: DebtFilter = list.filter;
  const query = usePagedQuery(DebtsDocument, { filter }, list.paging, (d) => d.debts);
  const columns = useMemo<ColumnDef<DebtRow>[]>(() => {
    const money = (id: string, header: string, value: (d: DebtRow) => string): ColumnDef<DebtRow> => ({
      id,
      header,
      meta: { nowrap: true },
      cell: ({ row }) => formatVnd(value(row.original)),
    });
    return [
      {
        id: 'customer',
        header: t('sales.fields.customer'),
        enableHiding: false,
        meta: { width: 220 },
        cell: ({ row }) => (
          <Anchor component={Link} to={`/customers/${row.original.customer.id}`} fw={500}>
            {row.original.customer.name}
          </Anchor>
        ),
      },
      money('invoiced', t('money.debts.invoiced'), (d) => d.invoiced),
      money('received', t('money.received'), (d) => d.received),
      money('outstanding', t('money.outstanding'), (d) => d.outstanding),
      money('overdue', t('money.debts.overdue'), (d) => d.overdue),
      ...BUCKETS.map((label) =>
        money(
          `bucket-${label}`,
          t('money.debts.bucket', { label }),
          (d) => d.buckets.find((b) => b.label === label)?.amount ?? '0',
        ),
      ),
    ];
  }, [t]);
  return (
    <ListPage
      title={t('money.debts.title')}
      module="debts"
      list={list}
      query={query}
      columns={columns}
      getRowId={(d) => d.customer.id}
      searchPlaceholder={t('money.debts.searchPlaceholder')}
      exportFile={<DebtsExportButton filter={filter} />}
      empty={{
        what: t('empty.what.debts'),
        none: { title: t('empty.debtsNone'), description: t('empty.debtsHint') },
      }}
      filters={
        <>
          <FlagFilter label={t('money.debts.overdueOnly')} {...list.bind('overdueOnly')} />
          <DateInput
            label={t('money.debts.asOf')}
            value={panel.asOf}
            onChange={(v) => list.patch({ asOf: v && /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : null })}
          />
        </>
      }
    />
  );
}
