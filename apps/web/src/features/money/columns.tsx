import type { ColumnDef } from '@tanstack/react-table';
import { formatVnd } from '@sen/shared';
import type { TFunction } from 'i18next';

interface MoneyRow {
  totals: { total: string };
  received: string;
  outstanding: string;
}

/** Tổng tiền, Đã thu, Còn phải thu: the money columns of every sales document list. */
export function moneyColumns<T extends MoneyRow>(t: TFunction, { received = true } = {}): ColumnDef<T>[] {
  const money = (id: string, header: string, value: (row: T) => string, sortable = false): ColumnDef<T> => ({
    id,
    header,
    enableSorting: sortable,
    meta: { nowrap: true },
    cell: ({ row }) => formatVnd(value(row.original)),
  });
  return [
    money('total', t('money.total'), (r) => r.totals.total, true),
    ...(received ? [money('received', t('money.received'), (r) => r.received)] : []),
    money('outstanding', t('money.outstanding'), (r) => r.outstanding),
  ];
}

/** Người phụ trách, hidden until chosen. */
export function ownerColumn<T extends { owner: { name: string } }>(t: TFunction): ColumnDef<T> {
  return { id: 'owner', header: t('sales.fields.owner'), cell: ({ row }) => row.original.owner.name };
}

/** Khách hàng: wide enough on a phone that a company's name is not cut into single words. */
export function customerColumn<T extends { customer: { name: string } }>(t: TFunction): ColumnDef<T> {
  return {
    id: 'customer',
    header: t('sales.fields.customer'),
    meta: { width: 220 },
    cell: ({ row }) => row.original.customer.name,
  };
}
