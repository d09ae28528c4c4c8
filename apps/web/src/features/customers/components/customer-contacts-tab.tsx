import { Anchor, Group } from '@mantine/core';
import type { ColumnDef } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable, pagedTableProps, useCursorPagination } from '../../../components/data-table';
import type { CustomerContactsQuery } from '../../../gql/graphql';
import { useCustomerContacts } from '../api/customer-contacts';
import { CreateButton } from '../../../components/page';

type ContactRow = CustomerContactsQuery['contacts']['nodes'][number];

export interface CustomerContactsTabProps {
  customerId: string;
}

/** The customer's contacts; "Thêm mới" opens the contact form with this customer preset (CON-02). */
export function CustomerContactsTab({ customerId }: CustomerContactsTabProps) {
  const { t } = useTranslation();
  const paging = useCursorPagination();
  const { data, previousData, loading, error, refetch } = useCustomerContacts(
    customerId,
    paging.first,
    paging.after,
  );
  const connection = (data ?? previousData)?.contacts;
  const back = encodeURIComponent(`/customers/${customerId}?tab=contacts`);

  const columns = useMemo<ColumnDef<ContactRow>[]>(
    () => [
      {
        id: 'name',
        header: t('customers.contactName'),
        cell: ({ row }) => (
          <Anchor component={Link} to={`/contacts/${row.original.id}?back=${back}`} fw={500}>
            {row.original.name}
          </Anchor>
        ),
      },
      { id: 'title', header: t('customers.contactTitle'), cell: ({ row }) => row.original.title ?? '' },
      { id: 'mobile', header: t('customers.contactMobile'), cell: ({ row }) => row.original.mobile ?? '' },
      { id: 'email', header: t('customers.fields.email'), cell: ({ row }) => row.original.email ?? '' },
      {
        id: 'isPrimary',
        header: t('customers.primary'),
        cell: ({ row }) => (row.original.isPrimary ? t('common.yes') : ''),
      },
      { id: 'owner', header: t('customers.fields.owner'), cell: ({ row }) => row.original.owner.name },
    ],
    [t, back],
  );

  return (
    <>
      <Group justify="flex-end">
        <CreateButton to={`/contacts/new?customerId=${customerId}&back=${back}`} />
      </Group>
      <DataTable
        label={t('customers.contactsLabel')}
        columns={columns}
        getRowId={(c) => c.id}
        {...pagedTableProps({ connection, loading, error, refetch }, paging)}
      />
    </>
  );
}
