import { useListEmpty } from '../../../components/empty-state';
import { Anchor } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { formatDateVi } from '@sen/shared';
import type { ColumnDef } from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  DataTable,
  pagedTableProps,
  useCursorPagination,
  type SortState,
} from '../../../components/data-table';
import { ExportMenu, listTotal } from '../../../components/export-menu';
import { CreateButton, Page } from '../../../components/page';
import type { UserFieldsFragment, UserSortField } from '../../../gql/graphql';
import { useUsers } from '../api/users';
import { useSetUsersActive } from '../hooks/use-set-users-active';
import { UserFilters, type UserFilterValues } from './user-filters';
import { UserStatusBadge } from './user-status-badge';

const SORT_FIELDS: Record<string, UserSortField> = {
  name: 'NAME',
  email: 'EMAIL',
  role: 'ROLE',
  createdAt: 'CREATED_AT',
};

const NO_FILTER: UserFilterValues = { search: '', roles: [], departmentIds: [], status: 'all' };

export function UsersListPage() {
  const { t } = useTranslation();
  const listEmpty = useListEmpty();
  const setActive = useSetUsersActive();
  const paging = useCursorPagination();
  const [filters, setFilters] = useState<UserFilterValues>(NO_FILTER);
  const [search] = useDebouncedValue(filters.search.trim(), 300);
  const [sort, setSort] = useState<SortState | null>({ field: 'name', direction: 'ASC' });

  const filter = {
    search: search || undefined,
    roles: filters.roles.length ? filters.roles : undefined,
    departmentIds: filters.departmentIds.length ? filters.departmentIds : undefined,
    active: filters.status === 'all' ? undefined : filters.status === 'active',
  };
  const orderBy = sort ? [{ field: SORT_FIELDS[sort.field], direction: sort.direction }] : undefined;
  const { data, previousData, loading, error, refetch } = useUsers({
    filter,
    orderBy,
    first: paging.first,
    after: paging.after,
  });
  const connection = (data ?? previousData)?.users;

  const columns = useMemo<ColumnDef<UserFieldsFragment>[]>(
    () => [
      {
        id: 'name',
        header: t('users.name'),
        enableSorting: true,
        enableHiding: false,
        cell: ({ row }) => (
          <Anchor component={Link} to={`/settings/users/${row.original.id}`} fw={500}>
            {row.original.name}
          </Anchor>
        ),
      },
      { id: 'email', header: t('users.email'), enableSorting: true, cell: ({ row }) => row.original.email },
      {
        id: 'role',
        header: t('users.role'),
        enableSorting: true,
        cell: ({ row }) => t(`roles.${row.original.role}`),
      },
      {
        id: 'department',
        header: t('users.department'),
        cell: ({ row }) => row.original.department?.name ?? '',
      },
      {
        id: 'status',
        meta: { nowrap: true },
        header: t('users.status'),
        cell: ({ row }) => <UserStatusBadge active={row.original.active} />,
      },
      {
        id: 'birthday',
        meta: { nowrap: true },
        header: t('users.birthday'),
        cell: ({ row }) => (row.original.birthday ? formatDateVi(row.original.birthday) : ''),
      },
      {
        id: 'createdAt',
        meta: { nowrap: true },
        header: t('users.createdAt'),
        enableSorting: true,
        cell: ({ row }) => formatDateVi(row.original.createdAt),
      },
    ],
    [t],
  );

  return (
    <Page
      title={t('users.title')}
      actions={
        <>
          <ExportMenu module="users" filter={filter} orderBy={orderBy} total={listTotal(connection)} />
          <CreateButton to="/settings/users/new" />
        </>
      }
    >
      <UserFilters
        value={filters}
        onChange={(next) => {
          setFilters(next);
          paging.reset();
        }}
      />
      <DataTable
        label={t('users.listLabel')}
        empty={listEmpty({
          what: t('empty.what.users'),
          filtered: JSON.stringify(filters) !== JSON.stringify(NO_FILTER),
          onClearFilters: () => {
            setFilters(NO_FILTER);
            paging.reset();
          },
          createTo: '/settings/users/new',
        })}
        columns={columns}
        getRowId={(user) => user.id}
        {...pagedTableProps({ connection, loading, error, refetch }, paging, { value: sort, set: setSort })}
        bulkActions={[
          { label: t('users.deactivate'), color: 'red', onClick: (rows) => setActive(rows, false) },
          { label: t('users.activate'), onClick: (rows) => setActive(rows, true) },
        ]}
      />
    </Page>
  );
}
