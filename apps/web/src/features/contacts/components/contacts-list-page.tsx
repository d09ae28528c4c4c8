import { Anchor, Badge, Button } from '@mantine/core';
import { formatDateVi } from '@sen/shared';
import type { ColumnDef } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ExportMenu, listTotal, shownColumnIds } from '../../../components/export-menu';
import { ListPage, useListState, usePagedQuery } from '../../../components/list-page';
import type { ContactRowFragment, ContactSortField } from '../../../gql/graphql';
import { ContactsDocument } from '../api/contacts';
import { useDeleteContactsAction } from '../hooks/use-delete-contacts';
import {
  ContactFilterPanel,
  contactCriteria,
  EMPTY_CONTACT_PANEL,
  toContactFilter,
  type ContactPanelFilter,
} from './contact-filter-panel';

const SORT_FIELDS: Record<string, ContactSortField> = {
  name: 'NAME',
  title: 'TITLE',
  email: 'EMAIL',
  mobile: 'MOBILE',
  createdAt: 'CREATED_AT',
};

/** Bán hàng → Liên hệ (CON-01..05). */
export function ContactsListPage() {
  const { t } = useTranslation();
  const list = useListState<ContactPanelFilter>({
    emptyPanel: EMPTY_CONTACT_PANEL,
    sort: { field: 'createdAt', direction: 'DESC' },
    visibility: { gender: false, status: false },
    criteria: contactCriteria,
  });
  const filter = toContactFilter(list.panel, list.search);
  const deleteContacts = useDeleteContactsAction();

  const query = usePagedQuery(
    ContactsDocument,
    { filter, orderBy: list.orderBy(SORT_FIELDS) },
    list.paging,
    (d) => d.contacts,
  );

  const columns = useMemo<ColumnDef<ContactRowFragment>[]>(
    () => [
      {
        id: 'name',
        header: t('contacts.fields.name'),
        enableSorting: true,
        enableHiding: false,
        cell: ({ row }) => (
          <Anchor component={Link} to={`/contacts/${row.original.id}`} fw={500}>
            {row.original.name}
          </Anchor>
        ),
      },
      {
        id: 'title',
        header: t('contacts.fields.title'),
        enableSorting: true,
        cell: ({ row }) => row.original.title ?? '',
      },
      {
        id: 'customer',
        header: t('contacts.fields.customer'),
        cell: ({ row }) =>
          row.original.customer ? (
            <Anchor component={Link} to={`/customers/${row.original.customer.id}`} size="sm">
              {row.original.customer.name}
            </Anchor>
          ) : null,
      },
      {
        id: 'mobile',
        header: t('contacts.fields.mobile'),
        enableSorting: true,
        meta: { nowrap: true },
        cell: ({ row }) => row.original.mobile ?? '',
      },
      {
        id: 'email',
        header: t('contacts.fields.email'),
        enableSorting: true,
        cell: ({ row }) => row.original.email ?? '',
      },
      {
        id: 'gender',
        header: t('contacts.fields.gender'),
        cell: ({ row }) => (row.original.gender ? t(`contacts.genders.${row.original.gender}`) : ''),
      },
      {
        id: 'isPrimary',
        header: t('contacts.fields.isPrimary'),
        meta: { nowrap: true },
        cell: ({ row }) =>
          row.original.isPrimary ? (
            <Badge variant="light" color="teal">
              {t('contacts.fields.isPrimary')}
            </Badge>
          ) : null,
      },
      {
        id: 'status',
        header: t('contacts.fields.status'),
        cell: ({ row }) => row.original.status?.name ?? '',
      },
      {
        id: 'owner',
        header: t('contacts.fields.owner'),
        meta: { nowrap: true },
        cell: ({ row }) => row.original.owner.name,
      },
      {
        id: 'createdAt',
        header: t('contacts.fields.createdAt'),
        enableSorting: true,
        meta: { nowrap: true },
        cell: ({ row }) => formatDateVi(row.original.createdAt),
      },
    ],
    [t],
  );

  return (
    <ListPage
      title={t('contacts.title')}
      module="contacts"
      list={list}
      query={query}
      columns={columns}
      tableLabel={t('contacts.listLabel')}
      searchPlaceholder={t('contacts.searchPlaceholder')}
      panel={<ContactFilterPanel value={list.panel} onApply={list.setPanel} />}
      leading={
        <Button component={Link} to="/contacts/import" variant="default">
          {t('imports.import')}
        </Button>
      }
      exportFile={
        <ExportMenu
          module="contacts"
          filter={filter}
          columns={shownColumnIds(columns, list.visibility).flatMap((id) =>
            id === 'customer' ? ['customerCode', 'customer'] : [id],
          )}
          total={listTotal(query.connection)}
        />
      }
      trailing={
        <Button component={Link} to="/customers/trash?tab=contacts" variant="default">
          {t('contacts.trash')}
        </Button>
      }
      createTo="/contacts/new"
      empty={{ what: t('empty.what.contacts'), importTo: '/contacts/import' }}
      bulkActions={[{ label: t('contacts.delete'), color: 'red', onClick: (rows) => deleteContacts(rows) }]}
    />
  );
}
