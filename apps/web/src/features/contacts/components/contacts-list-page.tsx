import { useListEmpty } from '../../../components/empty-state';
import { Anchor, Badge, Button } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { formatDateVi } from '@sen/shared';
import type { ColumnDef, VisibilityState } from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  DataTable,
  pagedTableProps,
  useCursorPagination,
  type SortState,
} from '../../../components/data-table';
import { ExportMenu, listTotal, shownColumnIds } from '../../../components/export-menu';
import { SavedViewsMenu } from '../../../components/saved-views';
import { ListSearch } from '../../../components/list-search';
import { Page } from '../../../components/page';
import type { ContactRowFragment, ContactSortField } from '../../../gql/graphql';
import { useContacts } from '../api/contacts';
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
  const listEmpty = useListEmpty();
  const paging = useCursorPagination();
  const [text, setText] = useState('');
  const [search] = useDebouncedValue(text.trim(), 300);
  const [panel, setPanel] = useState<ContactPanelFilter>(EMPTY_CONTACT_PANEL);
  const [panelOpen, setPanelOpen] = useState(false);
  const [sort, setSort] = useState<SortState | null>({ field: 'createdAt', direction: 'DESC' });
  const [visibility, setVisibility] = useState<VisibilityState>({ gender: false, status: false });
  const deleteContacts = useDeleteContactsAction();

  const { data, previousData, loading, error, refetch } = useContacts({
    filter: toContactFilter(panel, search),
    orderBy: sort ? [{ field: SORT_FIELDS[sort.field], direction: sort.direction }] : undefined,
    first: paging.first,
    after: paging.after,
  });
  const connection = (data ?? previousData)?.contacts;
  const criteria = contactCriteria(panel);

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
    <Page
      title={t('contacts.title')}
      actions={
        <>
          <Button component={Link} to="/contacts/import" variant="default">
            {t('imports.import')}
          </Button>
          <SavedViewsMenu
            module="contacts"
            columnIds={columns.map((c) => c.id).filter((id): id is string => Boolean(id))}
            visibility={visibility}
            setVisibility={setVisibility}
            sort={sort}
            setSort={setSort}
            filterState={{
              value: { q: text, panel },
              set: (saved) => {
                const next = { ...EMPTY_CONTACT_PANEL, ...(saved.panel as Partial<ContactPanelFilter>) };
                setText(typeof saved.q === 'string' ? saved.q : '');
                setPanel(next);
                setPanelOpen(contactCriteria(next) > 0);
                paging.reset();
              },
            }}
          />
          <ExportMenu
            module="contacts"
            filter={toContactFilter(panel, search)}
            columns={shownColumnIds(columns, visibility).flatMap((id) =>
              id === 'customer' ? ['customerCode', 'customer'] : [id],
            )}
            total={listTotal(connection)}
          />
          <Button component={Link} to="/customers/trash?tab=contacts" variant="default">
            {t('contacts.trash')}
          </Button>
          <Button component={Link} to="/contacts/new">
            {t('common.add')}
          </Button>
        </>
      }
    >
      <ListSearch
        placeholder={t('contacts.searchPlaceholder')}
        value={text}
        onChange={(next) => {
          setText(next);
          paging.reset();
        }}
        filtersLabel={t('contacts.filters')}
        panelOpen={panelOpen}
        onTogglePanel={() => setPanelOpen((o) => !o)}
        criteria={criteria}
      />
      {panelOpen ? (
        <ContactFilterPanel
          value={panel}
          onApply={(next) => {
            setPanel(next);
            paging.reset();
          }}
        />
      ) : null}
      <DataTable
        label={t('contacts.listLabel')}
        empty={listEmpty({
          what: t('empty.what.contacts'),
          filtered: Boolean(search) || criteria > 0,
          onClearFilters: () => {
            setText('');
            setPanel(EMPTY_CONTACT_PANEL);
            setPanelOpen(false);
            paging.reset();
          },
          createTo: '/contacts/new',
          importTo: '/contacts/import',
        })}
        columns={columns}
        getRowId={(c) => c.id}
        {...pagedTableProps({ connection, loading, error, refetch }, paging, { value: sort, set: setSort })}
        columnVisibility={visibility}
        onColumnVisibilityChange={setVisibility}
        bulkActions={[{ label: t('contacts.delete'), color: 'red', onClick: (rows) => deleteContacts(rows) }]}
      />
    </Page>
  );
}
