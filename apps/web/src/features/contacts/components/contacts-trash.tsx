import { formatDateTimeVi } from '@sen/shared';
import type { ColumnDef } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { TrashTable, useTrashQuery, useTrashSearch } from '../../../components/trash-table';
import type { ContactRowFragment, ContactsQueryVariables } from '../../../gql/graphql';
import { ContactsDocument } from '../api/contacts';
import { useViewer } from '../../../lib/viewer';
import { usePurgeContacts } from '../api/purge-contacts';
import { useRestoreContacts } from '../api/restore-contacts';

/** The contacts list asked for deleted contacts, most recently created first. */
const TRASH_VARIABLES = (search: string | undefined): ContactsQueryVariables => ({
  filter: { deleted: true, search },
  orderBy: [{ field: 'CREATED_AT', direction: 'DESC' }],
});

/** Deleted contacts: restored by their owner or an admin, purged by an admin. */
export function ContactsTrash() {
  const { t } = useTranslation();
  const viewer = useViewer();
  const trash = useTrashSearch();
  const query = useTrashQuery(ContactsDocument, trash, (d) => d.contacts, TRASH_VARIABLES);
  const [restore] = useRestoreContacts();
  const [purge] = usePurgeContacts();

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

  return (
    <TrashTable
      label={t('trash.contactsLabel')}
      trash={trash}
      query={query}
      columns={columns}
      restore={async (ids) => (await restore({ variables: { ids } })).data?.restoreContacts ?? 0}
      purge={
        viewer.role === 'ADMIN'
          ? async (ids) => (await purge({ variables: { ids } })).data?.purgeContacts ?? 0
          : undefined
      }
    />
  );
}
