import { formatDateTimeVi } from '@sen/shared';
import type { ColumnDef } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable, pagedTableProps, useCursorPagination } from '../../../components/data-table';
import { Page, useErrorMessage } from '../../../components/page';
import type { ActivityRowFragment } from '../../../gql/graphql';
import { useActivities } from '../api/activities';
import { useRestoreActivities } from '../api/restore-activities';
import { notifyDone, notifyFailed } from '../../../lib/notify';

/** deleted activities, restored by their creator (or manager, or an admin). */
export function ActivitiesTrash() {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const paging = useCursorPagination();
  const [restore] = useRestoreActivities();
  const { data, previousData, loading, error, refetch } = useActivities({
    filter: { deleted: true },
    first: paging.first,
    after: paging.after,
  });
  const connection = (data ?? previousData)?.activities;
  const columns = useMemo<ColumnDef<ActivityRowFragment>[]>(
    () => [
      {
        id: 'name',
        header: t('activities.fields.name'),
        enableHiding: false,
        cell: ({ row }) => row.original.name,
      },
      {
        id: 'type',
        header: t('activities.fields.type'),
        cell: ({ row }) => t(`activities.types.${row.original.type}`),
      },
      {
        id: 'customers',
        header: t('activities.fields.customers'),
        cell: ({ row }) => row.original.customers.map((c) => c.name).join(', '),
      },
      {
        id: 'assignee',
        header: t('activities.fields.assignee'),
        cell: ({ row }) => row.original.assignee.name,
      },
      {
        id: 'createdAt',
        header: t('activities.fields.createdAt'),
        cell: ({ row }) => formatDateTimeVi(row.original.createdAt),
      },
    ],
    [t],
  );
  return (
    <Page title={`${t('activities.title')} – ${t('activities.trash')}`}>
      <DataTable
        label={t('activities.trash')}
        columns={columns}
        getRowId={(a) => a.id}
        {...pagedTableProps({ connection, loading, error, refetch }, paging)}
        bulkActions={[
          {
            label: t('activities.restore'),
            onClick: async (rows) => {
              try {
                await restore({ variables: { ids: rows.map((r) => r.id) } });
                notifyDone(t('activities.restored', { count: rows.length }));
              } catch (failure) {
                notifyFailed(errorMessage(failure));
              }
            },
          },
        ]}
      />
    </Page>
  );
}
