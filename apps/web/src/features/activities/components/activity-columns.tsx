import { Anchor, Text } from '@mantine/core';
import { formatDateTimeVi, formatDateVi } from '@sen/shared';
import type { ColumnDef } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ActivityRowFragment, ActivitySortField } from '../../../gql/graphql';
import { StatusBadge } from './activity-badges';

export const ACTIVITY_SORT_FIELDS: Record<string, ActivitySortField> = {
  name: 'NAME',
  startAt: 'START_AT',
  dueAt: 'DUE_AT',
  createdAt: 'CREATED_AT',
};

export function useActivityColumns(): ColumnDef<ActivityRowFragment>[] {
  const { t } = useTranslation();
  return useMemo<ColumnDef<ActivityRowFragment>[]>(
    () => [
      {
        id: 'name',
        header: t('activities.fields.name'),
        enableSorting: true,
        enableHiding: false,
        cell: ({ row }) => (
          <Anchor component={Link} to={`/activities/${row.original.id}`} fw={500} display="block" miw={180}>
            {row.original.name}
          </Anchor>
        ),
      },
      {
        id: 'type',
        header: t('activities.fields.type'),
        meta: { nowrap: true },
        cell: ({ row }) => t(`activities.types.${row.original.type}`),
      },
      {
        id: 'status',
        header: t('activities.fields.status'),
        meta: { nowrap: true },
        cell: ({ row }) => <StatusBadge status={row.original.status} />,
      },
      {
        id: 'priority',
        header: t('activities.fields.priority'),
        meta: { nowrap: true },
        cell: ({ row }) => t(`activities.priorities.${row.original.priority}`),
      },
      {
        id: 'customers',
        header: t('activities.fields.customers'),
        cell: ({ row }) =>
          row.original.customers.map((c, i) => (
            <span key={c.id}>
              {i > 0 ? ', ' : ''}
              <Anchor component={Link} to={`/customers/${c.id}`} size="sm">
                {c.name}
              </Anchor>
            </span>
          )),
      },
      {
        id: 'startAt',
        header: t('activities.fields.startAt'),
        enableSorting: true,
        meta: { nowrap: true },
        cell: ({ row }) => (row.original.startAt ? formatDateTimeVi(row.original.startAt) : ''),
      },
      {
        id: 'dueAt',
        header: t('activities.fields.dueAt'),
        enableSorting: true,
        meta: { nowrap: true },
        cell: ({ row }) => (row.original.dueAt ? formatDateTimeVi(row.original.dueAt) : ''),
      },
      {
        id: 'assignee',
        header: t('activities.fields.assignee'),
        meta: { nowrap: true },
        cell: ({ row }) => row.original.assignee.name,
      },
      {
        id: 'createdBy',
        header: t('activities.fields.createdBy'),
        meta: { nowrap: true },
        cell: ({ row }) => row.original.createdBy.name,
      },
      {
        id: 'comments',
        header: t('activities.fields.comments'),
        cell: ({ row }) => <Text size="sm">{row.original.commentCount}</Text>,
      },
      {
        id: 'createdAt',
        header: t('activities.fields.createdAt'),
        enableSorting: true,
        meta: { nowrap: true },
        cell: ({ row }) => formatDateVi(row.original.createdAt),
      },
    ],
    [t],
  );
}
