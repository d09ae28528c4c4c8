import { Button } from '@mantine/core';
import { INVOICE_STATUSES, type InvoiceStatus } from '@sen/shared';
import type { ColumnDef } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  ChoiceFilter,
  dateColumn,
  DateRangeFilter,
  FlagFilter,
  linkColumn,
  ListPage,
  useListState,
  usePagedQuery,
} from '../../components/list-page';
import type { InvoiceFilter, InvoiceRowFragment, InvoiceSortField } from '../../gql/graphql';
import { InvoicesListDocument } from './api';
import { InvoiceBadge } from './badges';
import { customerColumn, moneyColumns, ownerColumn } from './columns';

const SORT_FIELDS: Record<string, InvoiceSortField> = {
  number: 'NUMBER',
  date: 'DATE',
  dueDate: 'DUE_DATE',
  total: 'TOTAL',
};

interface Panel {
  statuses: InvoiceStatus[];
  unpaidOnly: boolean;
  dateFrom: string | null;
  dateTo: string | null;
}

const EMPTY: Panel = { statuses: [], unpaidOnly: false, dateFrom: null, dateTo: null };

/** Bán hàng → Hóa đơn (SAL-06): search by invoice number, contract number or customer; status, dates. */
export function InvoicesListPage() {
  const { t } = useTranslation();
  const list = useListState({
    emptyPanel: EMPTY,
    sort: { field: 'date', direction: 'DESC' },
    visibility: { received: false, owner: false },
  });
  const filter: InvoiceFilter = list.filter;
  const orderBy = list.orderBy(SORT_FIELDS);
  const query = usePagedQuery(InvoicesListDocument, { filter, orderBy }, list.paging, (d) => d.invoices);
  const columns = useMemo<ColumnDef<InvoiceRowFragment>[]>(
    () => [
      linkColumn<InvoiceRowFragment>(
        'number',
        t('money.invoices.number'),
        (i) => `/invoices/${i.id}`,
        (i) => i.number,
      ),
      dateColumn<InvoiceRowFragment>('date', t('sales.documents.date'), (i) => i.date, { sortable: true }),
      dateColumn<InvoiceRowFragment>('dueDate', t('money.dueDate'), (i) => i.dueDate, { sortable: true }),
      customerColumn<InvoiceRowFragment>(t),
      {
        id: 'contract',
        header: t('money.invoices.contract'),
        meta: { nowrap: true },
        cell: ({ row }) => row.original.contract?.number ?? '',
      },
      {
        id: 'status',
        header: t('money.invoices.status'),
        cell: ({ row }) => <InvoiceBadge status={row.original.status} />,
      },
      ...moneyColumns<InvoiceRowFragment>(t),
      ownerColumn<InvoiceRowFragment>(t),
    ],
    [t],
  );
  return (
    <ListPage
      title={t('money.invoices.title')}
      module="invoices"
      list={list}
      query={query}
      columns={columns}
      searchPlaceholder={t('money.invoices.searchPlaceholder')}
      exportFile={{ filter, orderBy, columns: true }}
      empty={{
        what: t('empty.what.invoices'),
        none: {
          title: t('empty.none', { what: t('empty.what.invoices') }),
          description: t('empty.invoicesHint'),
          action: (
            <Button component={Link} to="/contracts" variant="default">
              {t('empty.openContracts')}
            </Button>
          ),
        },
      }}
      filters={
        <>
          <ChoiceFilter
            label={t('money.invoices.status')}
            options={INVOICE_STATUSES}
            optionLabel={(s) => t(`sales.documents.statuses.invoice.${s}`)}
            {...list.bind('statuses')}
          />
          <DateRangeFilter {...list.bindRange('dateFrom', 'dateTo')} />
          <FlagFilter label={t('money.invoices.unpaidOnly')} {...list.bind('unpaidOnly')} />
        </>
      }
    />
  );
}
