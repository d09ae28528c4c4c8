import { TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { formatDateTimeVi } from '@sen/shared';
import type { ColumnDef } from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useConfirm } from '../../../components/confirm';
import { DataTable, useCursorPagination, type BulkAction } from '../../../components/data-table';
import { useErrorMessage } from '../../../components/page';
import type { CustomerRowFragment } from '../../../gql/graphql';
import { useCustomerTrash } from '../api/customer-trash';
import { useCustomerViewer } from '../api/customer-viewer';
import { usePurgeCustomers } from '../api/purge-customers';
import { useRestoreCustomers } from '../api/restore-customers';

/** Deleted customers: restored by their owner or an admin, purged by an admin. */
export function CustomersTrash() {
  const { t } = useTranslation();
  const confirm = useConfirm();
  const errorMessage = useErrorMessage();
  const viewer = useCustomerViewer();
  const paging = useCursorPagination();
  const [text, setText] = useState('');
  const [search] = useDebouncedValue(text.trim(), 300);
  const { data, previousData, loading, error, refetch } = useCustomerTrash(
    search,
    paging.first,
    paging.after,
  );
  const [restore] = useRestoreCustomers();
  const [purge] = usePurgeCustomers();
  const connection = (data ?? previousData)?.customers;

  const columns = useMemo<ColumnDef<CustomerRowFragment>[]>(
    () => [
      {
        id: 'code',
        header: t('customers.fields.code'),
        meta: { nowrap: true },
        cell: ({ row }) => row.original.code,
      },
      { id: 'name', header: t('customers.fields.name'), cell: ({ row }) => row.original.name },
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

  const run = async (action: () => Promise<number>, message: (count: number) => string) => {
    try {
      notifications.show({ color: 'teal', message: message(await action()) });
    } catch (failure) {
      notifications.show({ color: 'red', message: errorMessage(failure) });
    }
  };

  const actions: BulkAction<CustomerRowFragment>[] = [
    {
      label: t('trash.restore'),
      onClick: (rows) =>
        run(
          async () =>
            (await restore({ variables: { ids: rows.map((r) => r.id) } })).data?.restoreCustomers ?? 0,
          (count) => t('trash.restored', { count }),
        ),
    },
  ];
  if (viewer?.role === 'ADMIN') {
    actions.push({
      label: t('trash.purge'),
      color: 'red',
      onClick: async (rows) => {
        const yes = await confirm({
          title: t('trash.purgeTitle'),
          message: t('trash.purgeConfirm', { count: rows.length }),
          danger: true,
        });
        if (yes) {
          await run(
            async () =>
              (await purge({ variables: { ids: rows.map((r) => r.id) } })).data?.purgeCustomers ?? 0,
            (count) => t('trash.purged', { count }),
          );
        }
      },
    });
  }

  return (
    <>
      <TextInput
        label={t('common.search')}
        placeholder={t('trash.searchPlaceholder')}
        type="search"
        value={text}
        onChange={(event) => {
          setText(event.currentTarget.value);
          paging.reset();
        }}
        w={320}
      />
      <DataTable
        label={t('trash.customersLabel')}
        data={connection?.nodes}
        columns={columns}
        getRowId={(c) => c.id}
        totalCount={connection?.totalCount}
        loading={loading}
        error={error}
        onRetry={() => void refetch()}
        pager={paging.pager(connection?.pageInfo)}
        bulkActions={actions}
      />
    </>
  );
}
