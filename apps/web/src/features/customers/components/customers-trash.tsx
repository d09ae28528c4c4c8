import { formatDateTimeVi } from '@sen/shared';
import type { ColumnDef } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { TrashTable, useTrashQuery, useTrashSearch } from '../../../components/trash-table';
import type { CustomerRowFragment } from '../../../gql/graphql';
import { CustomerTrashDocument } from '../api/customer-trash';
import { useCustomerViewer } from '../api/customer-viewer';
import { usePurgeCustomers } from '../api/purge-customers';
import { useRestoreCustomers } from '../api/restore-customers';
import { customerKeyColumns } from './customer-key-columns';

/** Deleted customers: restored by their owner or an admin, purged by an admin. */
export function CustomersTrash() {
  const { t } = useTranslation();
  const viewer = useCustomerViewer();
  const trash = useTrashSearch();
  const query = useTrashQuery(CustomerTrashDocument, trash, (d) => d.customers);
  const [restore] = useRestoreCustomers();
  const [purge] = usePurgeCustomers();

  const columns = useMemo<ColumnDef<CustomerRowFragment>[]>(
    () => [
      ...customerKeyColumns<CustomerRowFragment>(t),
      { id: 'email', header: t('customers.fields.email'), cell: ({ row }) => row.original.email ?? '' },
      { id: 'owner', header: t('customers.fields.owner'), cell: ({ row }) => row.original.owner.name },
      {
        id: 'deletedAt',
        header: t('customers.fields.deletedAt'),
        meta: { nowrap: true },
        cell: ({ row }) => (row.original.deletedAt ? formatDateTimeVi(row.original.deletedAt) : ''),
      },
    ],
    [t],
  );

  return (
    <TrashTable
      label={t('trash.customersLabel')}
      trash={trash}
      query={query}
      columns={columns}
      restore={async (ids) => (await restore({ variables: { ids } })).data?.restoreCustomers ?? 0}
      purge={
        viewer?.role === 'ADMIN'
          ? async (ids) => (await purge({ variables: { ids } })).data?.purgeCustomers ?? 0
          : undefined
      }
    />
  );
}
