import { useListEmpty } from '../../../components/empty-state';
import { Anchor, Badge, Button, Group, MultiSelect } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { formatDateVi, formatVnd, QUOTE_STATUSES, type QuoteStatus } from '@sen/shared';
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
import { DateInput } from '../../../components/form';
import { ListSearch } from '../../../components/list-search';
import { ExportMenu } from '../../../components/export-menu';
import { pageFilterState, SavedViewsMenu } from '../../../components/saved-views';
import { Page } from '../../../components/page';
import type { QuoteFilter, QuoteRowFragment, QuoteSortField } from '../../../gql/graphql';
import { useDeleteQuotes } from '../api/delete-quotes';
import { useQuotes } from '../api/quotes';
import { useDeleteAction } from '../hooks/use-delete-action';
import { QUOTE_STATUS_COLOR } from './quote-detail-page';

const SORT_FIELDS: Record<string, QuoteSortField> = {
  number: 'NUMBER',
  date: 'DATE',
  validUntil: 'VALID_UNTIL',
  total: 'TOTAL',
};

/** A half-typed date filters nothing yet. */
const isoOrNull = (v: string | null) => (v && /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : null);

interface Panel {
  statuses: QuoteStatus[];
  dateFrom: string | null;
  dateTo: string | null;
}

const EMPTY_PANEL: Panel = { statuses: [], dateFrom: null, dateTo: null };

/** Bán hàng → Báo giá (SAL-03): search, status and date filters, sort, trash. */
export function QuotesListPage() {
  const { t } = useTranslation();
  const listEmpty = useListEmpty();
  const paging = useCursorPagination();
  const [text, setText] = useState('');
  const [search] = useDebouncedValue(text.trim(), 300);
  const [panel, setPanel] = useState<Panel>(EMPTY_PANEL);
  const [panelOpen, setPanelOpen] = useState(false);
  const [sort, setSort] = useState<SortState | null>({ field: 'date', direction: 'DESC' });
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
  const filter: QuoteFilter = {
    search: search || undefined,
    statuses: panel.statuses.length ? panel.statuses : undefined,
    dateFrom: panel.dateFrom ?? undefined,
    dateTo: panel.dateTo ?? undefined,
  };
  const orderBy = sort ? [{ field: SORT_FIELDS[sort.field], direction: sort.direction }] : undefined;
  const { data, previousData, loading, error, refetch } = useQuotes({
    filter,
    orderBy,
    first: paging.first,
    after: paging.after,
  });
  const connection = (data ?? previousData)?.quotes;
  const columns = useMemo<ColumnDef<QuoteRowFragment>[]>(
    () => [
      {
        id: 'number',
        header: t('sales.quotes.fields.number'),
        enableSorting: true,
        enableHiding: false,
        meta: { nowrap: true },
        cell: ({ row }) => (
          <Anchor component={Link} to={`/quotes/${row.original.id}`} fw={500}>
            {row.original.number}
          </Anchor>
        ),
      },
      {
        id: 'date',
        header: t('sales.quotes.fields.date'),
        enableSorting: true,
        meta: { nowrap: true },
        cell: ({ row }) => formatDateVi(row.original.date),
      },
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
      {
        id: 'validUntil',
        header: t('sales.quotes.fields.validUntil'),
        enableSorting: true,
        cell: ({ row }) => (row.original.validUntil ? formatDateVi(row.original.validUntil) : ''),
      },
      { id: 'owner', header: t('sales.fields.owner'), cell: ({ row }) => row.original.owner.name },
    ],
    [t],
  );
  return (
    <Page
      title={t('sales.quotes.title')}
      actions={
        <>
          <SavedViewsMenu
            module="quotes"
            sort={sort}
            setSort={setSort}
            filterState={pageFilterState({
              text,
              setText,
              panel,
              setPanel,
              empty: EMPTY_PANEL,
              setPanelOpen,
              reset: paging.reset,
            })}
          />
          <ExportMenu module="quotes" filter={filter} orderBy={orderBy} />
          <Button component={Link} to="/sales/trash?tab=quotes" variant="default">
            {t('sales.trash')}
          </Button>
          <Button component={Link} to="/quotes/new">
            {t('common.add')}
          </Button>
        </>
      }
    >
      <ListSearch
        placeholder={t('sales.quotes.searchPlaceholder')}
        value={text}
        onChange={(next) => {
          setText(next);
          paging.reset();
        }}
        filtersLabel={t('sales.filters')}
        panelOpen={panelOpen}
        onTogglePanel={() => setPanelOpen((o) => !o)}
        criteria={(panel.statuses.length ? 1 : 0) + (panel.dateFrom || panel.dateTo ? 1 : 0)}
      />
      {panelOpen ? (
        <Group gap="sm" align="flex-end">
          <MultiSelect
            label={t('sales.quotes.fields.status')}
            data={QUOTE_STATUSES.map((s) => ({ value: s, label: t(`sales.quotes.statuses.${s}`) }))}
            value={panel.statuses}
            onChange={(statuses) => {
              setPanel({ ...panel, statuses: statuses as QuoteStatus[] });
              paging.reset();
            }}
            w={300}
          />
          <DateInput
            label={t('sales.quotes.dateFrom')}
            value={panel.dateFrom}
            onChange={(v) => {
              setPanel({ ...panel, dateFrom: isoOrNull(v) });
              paging.reset();
            }}
          />
          <DateInput
            label={t('sales.quotes.dateTo')}
            value={panel.dateTo}
            onChange={(v) => {
              setPanel({ ...panel, dateTo: isoOrNull(v) });
              paging.reset();
            }}
          />
        </Group>
      ) : null}
      <DataTable
        label={t('sales.quotes.listLabel')}
        empty={listEmpty({
          what: t('empty.what.quotes'),
          filtered: Boolean(search || panel.statuses.length || panel.dateFrom || panel.dateTo),
          onClearFilters: () => {
            setText('');
            setPanel({ statuses: [], dateFrom: null, dateTo: null });
            setPanelOpen(false);
            paging.reset();
          },
          createTo: '/quotes/new',
        })}
        columns={columns}
        getRowId={(q) => q.id}
        {...pagedTableProps({ connection, loading, error, refetch }, paging, { value: sort, set: setSort })}
        bulkActions={[{ label: t('sales.delete'), color: 'red', onClick: (rows) => remove(rows) }]}
      />
    </Page>
  );
}
