import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor } from '@mantine/core';
import {
  formatDateVi,
  ORDER_STATUSES,
  PAYMENT_STATUSES,
  type OrderStatus,
  type PaymentStatus,
} from '@sen/shared';
import type { ColumnDef } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ChoiceFilter, DateRangeFilter, ListPage, useListState } from '../../components/list-page';
import type { OrderFilter, OrderRowFragment, OrderSortField } from '../../gql/graphql';
import { useDeleteAction } from '../sales/hooks/use-delete-action';
import { DeleteOrdersDocument, OrdersListDocument } from './api';
import { customerColumn, moneyColumns, ownerColumn } from './columns';
import { OrderBadges } from './badges';

const SORT_FIELDS: Record<string, OrderSortField> = {
  number: 'NUMBER',
  date: 'DATE',
  deliveryDate: 'DELIVERY_DATE',
  total: 'TOTAL',
};

interface Panel {
  statuses: OrderStatus[];
  paymentStatuses: PaymentStatus[];
  dateFrom: string | null;
  dateTo: string | null;
}

const EMPTY: Panel = { statuses: [], paymentStatuses: [], dateFrom: null, dateTo: null };

/** Bán hàng → Đơn hàng (SAL-05): search, status, payment status and dates, with what was received. */
export function OrdersListPage() {
  const { t } = useTranslation();
  const list = useListState({
    emptyPanel: EMPTY,
    sort: { field: 'date', direction: 'DESC' },
    visibility: { owner: false },
  });
  const { panel } = list;
  const filter: OrderFilter = {
    search: list.search || undefined,
    statuses: panel.statuses.length ? panel.statuses : undefined,
    paymentStatuses: panel.paymentStatuses.length ? panel.paymentStatuses : undefined,
    dateFrom: panel.dateFrom ?? undefined,
    dateTo: panel.dateTo ?? undefined,
  };
  const orderBy = list.orderBy(SORT_FIELDS);
  const { data, previousData, loading, error, refetch } = useQuery(OrdersListDocument, {
    variables: { filter, orderBy, first: list.paging.first, after: list.paging.after },
    fetchPolicy: 'cache-and-network',
  });
  const [deleteOrders] = useMutation(DeleteOrdersDocument, { refetchQueries: [OrdersListDocument] });
  const remove = useDeleteAction<OrderRowFragment>(
    async (ids) => (await deleteOrders({ variables: { ids } })).data?.deleteOrders ?? 0,
    {
      title: t('money.orders.delete'),
      one: (o) => t('money.orders.deleteOne', { number: o.number }),
      many: (count) => t('money.orders.deleteMany', { count }),
      done: (count) => t('money.orders.deletedMany', { count }),
    },
    (o) => o.id,
  );
  const columns = useMemo<ColumnDef<OrderRowFragment>[]>(
    () => [
      {
        id: 'number',
        header: t('money.orders.number'),
        enableSorting: true,
        enableHiding: false,
        meta: { nowrap: true },
        cell: ({ row }) => (
          <Anchor component={Link} to={`/orders/${row.original.id}`} fw={500}>
            {row.original.number}
          </Anchor>
        ),
      },
      customerColumn<OrderRowFragment>(t),
      {
        id: 'date',
        header: t('money.orders.date'),
        enableSorting: true,
        meta: { nowrap: true },
        cell: ({ row }) => formatDateVi(row.original.date),
      },
      {
        id: 'deliveryDate',
        header: t('money.orders.deliveryDate'),
        enableSorting: true,
        meta: { nowrap: true },
        cell: ({ row }) => (row.original.deliveryDate ? formatDateVi(row.original.deliveryDate) : ''),
      },
      {
        id: 'status',
        header: t('money.orders.status'),
        cell: ({ row }) => (
          <OrderBadges status={row.original.status} paymentStatus={row.original.paymentStatus} />
        ),
      },
      ...moneyColumns<OrderRowFragment>(t),
      ownerColumn<OrderRowFragment>(t),
    ],
    [t],
  );
  return (
    <ListPage
      title={t('money.orders.title')}
      module="orders"
      list={list}
      query={{ connection: (data ?? previousData)?.orders, loading, error, refetch }}
      columns={columns}
      getRowId={(o) => o.id}
      tableLabel={t('money.orders.title')}
      searchPlaceholder={t('money.orders.searchPlaceholder')}
      exportFile={{ filter, orderBy, columns: true }}
      createTo="/orders/new"
      empty={{ what: t('empty.what.orders') }}
      bulkActions={[{ label: t('sales.delete'), color: 'red', onClick: (rows) => remove(rows) }]}
      filters={
        <>
          <ChoiceFilter
            label={t('money.orders.status')}
            options={ORDER_STATUSES}
            optionLabel={(s) => t(`sales.documents.statuses.order.${s}`)}
            value={panel.statuses}
            onChange={(statuses) => list.patch({ statuses })}
          />
          <ChoiceFilter
            label={t('money.orders.paymentStatus')}
            options={PAYMENT_STATUSES}
            optionLabel={(s) => t(`money.orders.paymentStatuses.${s}`)}
            value={panel.paymentStatuses}
            onChange={(paymentStatuses) => list.patch({ paymentStatuses })}
          />
          <DateRangeFilter
            from={panel.dateFrom}
            to={panel.dateTo}
            onChange={({ from, to }) => list.patch({ dateFrom: from, dateTo: to })}
          />
        </>
      }
    />
  );
}
