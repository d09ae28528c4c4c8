import { useMutation } from '@apollo/client/react';
import { Anchor, Stack, Text } from '@mantine/core';
import { formatVnd, PAYMENT_METHODS, type PaymentMethod } from '@sen/shared';
import type { ColumnDef } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  ChoiceFilter,
  dateColumn,
  DateRangeFilter,
  ListPage,
  useListState,
  usePagedQuery,
} from '../../components/list-page';
import type { ReceiptFilter, ReceiptRowFragment, ReceiptSortField } from '../../gql/graphql';
import { ReceiptsListDocument } from '../sales/api/receipts';
import { useDeleteAction } from '../sales/hooks/use-delete-action';
import { DeleteReceiptsDocument } from './api';
import { ownerColumn } from './columns';

const SORT_FIELDS: Record<string, ReceiptSortField> = {
  number: 'NUMBER',
  date: 'DATE',
  amount: 'AMOUNT',
};

interface Panel {
  methods: PaymentMethod[];
  dateFrom: string | null;
  dateTo: string | null;
}

const EMPTY: Panel = { methods: [], dateFrom: null, dateTo: null };

/** What a receipt paid: its invoices, orders and contract instalments, as links. */
export function Allocations({ receipt }: { receipt: Pick<ReceiptRowFragment, 'allocations'> }) {
  const { t } = useTranslation();
  return (
    <Stack gap={2}>
      {receipt.allocations.map((a) => {
        const target = a.invoice
          ? {
              to: `/invoices/${a.invoice.id}`,
              text: t('sales.documents.title.invoice', { number: a.invoice.number }),
            }
          : a.order
            ? {
                to: `/orders/${a.order.id}`,
                text: t('sales.documents.title.order', { number: a.order.number }),
              }
            : a.instalment
              ? {
                  to: `/contracts/${a.instalment.contractId}`,
                  text: t('money.receipts.instalment', { n: a.instalment.position }),
                }
              : null;
        return (
          <Text key={a.id} size="sm" style={{ whiteSpace: 'nowrap' }}>
            {target ? (
              <Anchor component={Link} to={target.to} size="sm">
                {target.text}
              </Anchor>
            ) : (
              '—'
            )}
            {`: ${formatVnd(a.amount)}`}
          </Text>
        );
      })}
    </Stack>
  );
}

/** Bán hàng → Phiếu thu (SAL-07, seed 004 "Quản lý Phiếu thu"): search, method and dates, export. */
export function ReceiptsListPage() {
  const { t } = useTranslation();
  const list = useListState({
    emptyPanel: EMPTY,
    sort: { field: 'date', direction: 'DESC' },
    visibility: { note: false, owner: false },
  });
  const filter: ReceiptFilter = list.filter;
  const orderBy = list.orderBy(SORT_FIELDS);
  const query = usePagedQuery(ReceiptsListDocument, { filter, orderBy }, list.paging, (d) => d.receipts);
  const [deleteReceipts] = useMutation(DeleteReceiptsDocument, { refetchQueries: [ReceiptsListDocument] });
  const remove = useDeleteAction<ReceiptRowFragment>(
    async (ids) => (await deleteReceipts({ variables: { ids } })).data?.deleteReceipts ?? 0,
    {
      title: t('money.receipts.delete'),
      one: (r) => t('money.receipts.deleteOne', { number: r.number }),
      many: (count) => t('money.receipts.deleteMany', { count }),
      done: (count) => t('money.receipts.deleted', { count }),
    },
    (r) => r.id,
  );
  const columns = useMemo<ColumnDef<ReceiptRowFragment>[]>(
    () => [
      {
        id: 'number',
        header: t('money.receipts.number'),
        enableSorting: true,
        enableHiding: false,
        meta: { nowrap: true },
        cell: ({ row }) => (
          <Anchor component={Link} to={`/receipts/${row.original.id}`} size="sm" fw={500}>
            {row.original.number}
          </Anchor>
        ),
      },
      dateColumn<ReceiptRowFragment>('date', t('money.receipts.date'), (r) => r.date, { sortable: true }),
      {
        id: 'customer',
        header: t('sales.fields.customer'),
        meta: { width: 220 },
        cell: ({ row }) => (
          <Anchor component={Link} to={`/customers/${row.original.customer.id}`} size="sm">
            {row.original.customer.name}
          </Anchor>
        ),
      },
      {
        id: 'amount',
        header: t('money.receipts.amount'),
        enableSorting: true,
        meta: { nowrap: true },
        cell: ({ row }) => formatVnd(row.original.amount),
      },
      {
        id: 'method',
        header: t('money.receipts.method'),
        cell: ({ row }) => (row.original.method ? t(`money.receipts.methods.${row.original.method}`) : ''),
      },
      {
        id: 'allocations',
        header: t('money.receipts.allocations'),
        cell: ({ row }) => <Allocations receipt={row.original} />,
      },
      { id: 'note', header: t('money.receipts.note'), cell: ({ row }) => row.original.note ?? '' },
      ownerColumn<ReceiptRowFragment>(t),
    ],
    [t],
  );
  return (
    <ListPage
      title={t('money.receipts.title')}
      module="receipts"
      list={list}
      query={query}
      columns={columns}
      searchPlaceholder={t('money.receipts.searchPlaceholder')}
      exportFile={{ filter, orderBy, columns: true }}
      createTo="/receipts/new"
      empty={{ what: t('empty.what.receipts') }}
      bulkActions={[{ label: t('sales.delete'), color: 'red', onClick: (rows) => remove(rows) }]}
      filters={
        <>
          <ChoiceFilter
            label={t('money.receipts.method')}
            options={PAYMENT_METHODS}
            optionLabel={(m) => t(`money.receipts.methods.${m}`)}
            {...list.bind('methods')}
          />
          <DateRangeFilter {...list.bindRange('dateFrom', 'dateTo')} />
        </>
      }
    />
  );
}
