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
import type { ContactRowFragment } from '../../../gql/graphql';
import { useContactTrash } from '../api/contact-trash';
import { useContactViewer } from '../api/contact-viewer';
import { usePurgeContacts } from '../api/purge-contacts';
import { useRestoreContacts } from '../api/restore-contacts';

/** Deleted contacts: restored by their owner or an admin, purged by an admin. */
export function ContactsTrash() {
  const { t } = useTranslation();
  const confirm = useConfirm();
  const errorMessage = useErrorMessage();
  const viewer = useContactViewer();
  const paging = useCursorPagination();
  const [text, setText] = useState('');
  const [search] = useDebouncedValue(text.trim(), 300);
  const { data, previousData, loading, error, refetch } = useContactTrash(search, paging.first, paging.after);
  const [restore] = useRestoreContacts();
  const [purge] = usePurgeContacts();
  const connection = (data ?? previousData)?.contacts;

  const columns = useMemo<ColumnDef<ContactRowFragment>[]>(
    () => [
      { id: 'name', header: t('contacts.fields.name'), cell: ({ row }) => row.original.name },
      {
        id: 'customer',
        header: t('contacts.fields.customer'),
        cell: ({ row }) => row.original.customer?.name ?? '',
      },
      { id: 'mobile', header: t('contacts.fields.mobile'), cell: ({ row }) => row.original.mobile ?? '' },
      { id: 'email', header: t('contacts.fields.email'), cell: ({ row }) => row.original.email ?? '' },
      { id: 'owner', header: t('contacts.fields.owner'), cell: ({ row }) => row.original.owner.name },
      {
        id: 'deletedAt',
        header: t('contacts.fields.deletedAt'),
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

  const actions: BulkAction<ContactRowFragment>[] = [
    {
      label: t('trash.restore'),
      onClick: (rows) =>
        run(
          async () =>
            (await restore({ variables: { ids: rows.map((r) => r.id) } })).data?.restoreContacts ?? 0,
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
            async () => (await purge({ variables: { ids: rows.map((r) => r.id) } })).data?.purgeContacts ?? 0,
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
        label={t('trash.contactsLabel')}
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
