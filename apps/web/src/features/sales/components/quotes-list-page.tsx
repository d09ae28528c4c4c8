import { Badge, Button } from '@mantine/core';
import { formatVnd, QUOTE_STATUSES, type QuoteStatus } from '@sen/shared';
import type { ColumnDef } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  ChoiceFilter,
  dateColumn,
  DateRangeFilter,
  linkColumn,
  ListPage,
  useListState,
  usePagedQuery,
} from '../../../components/list-page';
import type { QuoteFilter, QuoteRowFragment, QuoteSortField } from '../../../gql/graphql';
import { useDeleteQuotes } from '../api/delete-quotes';
import { QuotesDocument } from '../api/quotes';
import { useDeleteAction } from '../hooks/use-delete-action';
import { QUOTE_STATUS_COLOR } from './quote-detail-page';

const SORT_FIELDS: Record<string, QuoteSortField> = {
  number: 'NUMBER',
  date: 'DATE',
  validUntil: 'VALID_UNTIL',
  total: 'TOTAL',
};

interface Panel {
  statuses: QuoteStatus[];
  dateFrom: string | null;
  dateTo: string | null;
}

const EMPTY_PANEL: Panel = { statuses: [], dateFrom: null, dateTo: null };

/** Bán hàng → Báo giá (SAL-03): search, status and date filters, sort, trash. */
export function QuotesListPage() {
  const { t } = useTranslation();
  const list = useListState({ emptyPanel: EMPTY_PANEL, sort: { field: 'date', direction: 'DESC' } });
  const [deleteQuotes] = useDeleteQuotes();
  const remove = useDeleteAction<QuoteRowFragment>(
    async (ids) => (await deleteQuotes({ variables: { ids } })).data?.deleteQuotes ?? 0,
    {
      title: t('sales.quotes.deleteTitle'),
      one: (q) => t('sales.quotes.deleteConfirm', { number: q.number }),
      many: (count) => t('sales.quotes.deleteManyConfirm', { count }),
      done: (count) => t('sales.quotes.deleted', { count }),
    },
    (q) => q.id,
  );
  const filter: QuoteFilter = list.filter;
  const orderBy = list.orderBy(SORT_FIELDS);
  const query = usePagedQuery(QuotesDocument, { filter, orderBy }, list.paging, (d) => d.quotes);
  const columns = useMemo<ColumnDef<QuoteRowFragment>[]>(
    () => [
      linkColumn<QuoteRowFragment>(
        'number',
        t('sales.quotes.fields.number'),
        (q) => `/quotes/${q.id}`,
        (q) => q.number,
      ),
      dateColumn<QuoteRowFragment>('date', t('sales.quotes.fields.date'), (q) => q.date, { sortable: true }),
      { id: 'customer', header: t('sales.fields.customer'), cell: ({ row }) => row.original.customer.name },
      {
        id: 'total',
        header: t('sales.totals.total'),
        enableSorting: true,
        meta: { nowrap: true },
        cell: ({ row }) => formatVnd(row.original.totals.total),
      },
      {
        id: 'status',
        header: t('sales.quotes.fields.status'),
        cell: ({ row }) => (
          <Badge variant="light" color={QUOTE_STATUS_COLOR[row.original.status]}>
            {t(`sales.quotes.statuses.${row.original.status}`)}
          </Badge>
        ),
      },
      dateColumn<QuoteRowFragment>('validUntil', t('sales.quotes.fields.validUntil'), (q) => q.validUntil, {
        sortable: true,
      }),
      { id: 'owner', header: t('sales.fields.owner'), cell: ({ row }) => row.original.owner.name },
    ],
    [t],
  );
  return (
    <ListPage
      title={t('sales.quotes.title')}
      module="quotes"
      list={list}
      query={query}
      columns={columns}
      getRowId={(q) => q.id}
      tableLabel={t('sales.quotes.listLabel')}
      searchPlaceholder={t('sales.quotes.searchPlaceholder')}
      exportFile={{ filter, orderBy }}
      trailing={
        <Button component={Link} to="/sales/trash?tab=quotes" variant="default">
          {t('sales.trash')}
        </Button>
      }
      createTo="/quotes/new"
      empty={{ what: t('empty.what.quotes') }}
      bulkActions={[{ label: t('sales.delete'), color: 'red', onClick: (rows) => remove(rows) }]}
      filters={
        <>
          <ChoiceFilter
            label={t('sales.quotes.fields.status')}
            options={QUOTE_STATUSES}
            optionLabel={(s) => t(`sales.quotes.statuses.${s}`)}
            {...list.bind('statuses')}
            width={300}
          />
          <DateRangeFilter
            fromLabel={t('sales.quotes.dateFrom')}
            toLabel={t('sales.quotes.dateTo')}
            {...list.bindRange('dateFrom', 'dateTo')}
          />
        </>
      }
    />
  );
}
