import type { ColumnDef } from '@tanstack/react-table';
import type { TFunction } from 'i18next';

/** A customer's code and name, the first columns of the lists that show customers without links. */
export function customerKeyColumns<T extends { code: string; name: string }>(t: TFunction): ColumnDef<T>[] {
  return [
    {
      id: 'code',
      header: t('customers.fields.code'),
      meta: { nowrap: true },
      cell: ({ row }) => row.original.code,
    },
    { id: 'name', header: t('customers.fields.name'), cell: ({ row }) => row.original.name },
  ];
}
