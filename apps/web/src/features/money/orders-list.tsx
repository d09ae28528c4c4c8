import { useMutation } from '@apollo/client/react';
import { ORDER_STATUSES, PAYMENT_STATUSES, type OrderStatus, type PaymentStatus } from '@sen/shared';
import type { ColumnDef } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ChoiceFilter,
  dateColumn,
  DateRangeFilter,
  linkColumn,
  ListPage,
  useListState,
  usePagedQuery,
} from '../../components/list-page';
import type { OrderFilter, OrderRowFragment, OrderSortField } from '../../gql/graphql';
import { OrdersListDocument } from '../sales/api/orders';
import { useDeleteAction } from '../sales/hooks/use-delete-action';
import { DeleteOrdersDocument } from './api';
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
  const filter: OrderFilter = list.filter;
  const orderBy = list.orderBy(SORT_FIELDS);
  const query = usePagedQuery(OrdersListDocument, { filter, orderBy }, list.paging, (d) => d.orders);
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
      linkColumn<OrderRowFragment>(
        'number',
        t('money.orders.number'),
        (o) => `/orders/${o.id}`,
        (o) => o.number,
      ),
      customerColumn<OrderRowFragment>(t),
      dateColumn<OrderRowFragment>('date', t('money.orders.date'), (o) => o.date, { sortable: true }),
      dateColumn<OrderRowFragment>('deliveryDate', t('money.orders.deliveryDate'), (o) => o.deliveryDate, {
        sortable: true,
      }),
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
      query={query}
      columns={columns}
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
            {...list.bind('statuses')}
          />
          <ChoiceFilter
            label={t('money.orders.paymentStatus')}
            options={PAYMENT_STATUSES}
            optionLabel={(s) => t(`money.orders.paymentStatuses.${s}`)}
            {...list.bind('paymentStatuses')}
          />
          <DateRangeFilter {...list.bindRange('dateFrom', 'dateTo')} />
        </>
      }
    />
  );
}
