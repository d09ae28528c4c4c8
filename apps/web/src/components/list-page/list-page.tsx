import { Group } from '@mantine/core';
import type { ColumnDef } from '@tanstack/react-table';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable, type BulkAction, type PagedQuery } from '../data-table';
import { useListEmpty, type EmptyStateProps } from '../empty-state';
import { ExportMenu, shownColumnIds } from '../export-menu';
import { CreateButton, Page } from '../page';
import { ListStateSearch, ListStateViews } from './list-state-parts';
import { listTableProps, type ListState } from './use-list-state';

/** What an empty list says: none yet (create, import) or none matching (clear the filter). */
export interface ListPageEmpty {
  /** What the list holds, plural ("hợp đồng"). */
  what: string;
  importTo?: string;
  /** Said instead when nothing is searched or filtered (a list filled from elsewhere). */
  none?: EmptyStateProps;
}

export interface ListPageProps<T, P extends object> {
  title: string;
  /** The list's plural route name: its saved views and its export file (`/files/export/{module}`). */
  module: string;
  list: ListState<P>;
  /** The list query's connection (nodes, pageInfo, a count), loading, error and refetch. */
  query: PagedQuery<T>;
  columns: ColumnDef<T>[];
  /** The row's `id` unless said otherwise. */
  getRowId?: (row: T) => string;
  /** The table's accessible name: the title unless said otherwise. */
  tableLabel?: string;
  searchPlaceholder: string;
  /** The filter panel's fields, shown under the search box when its button is on. */
  filters?: ReactNode;
  /** Instead of `filters`: a panel of the page's own (its own form and button), shown as it is. */
  panel?: ReactNode;
  /**
   * The export: the query's own filter and sort (the file follows the list); `columns` sends the
   * columns shown. `false` for none; a node for a list with its own file button.
   */
  exportFile?: { filter: object; orderBy?: readonly object[]; columns?: boolean } | ReactNode | false;
  /** Buttons before the saved views (an import). */
  leading?: ReactNode;
  /** Buttons after the export (the trash). */
  trailing?: ReactNode;
  /** The create page: the page's main "Thêm mới" button and the empty list's first step. */
  createTo?: string;
  empty: ListPageEmpty;
  bulkActions?: BulkAction<T>[];
  /** Shown above the search box (a chart the page's own button opens). */
  above?: ReactNode;
}

function isExportSpec(
  value: unknown,
): value is { filter: object; orderBy?: readonly object[]; columns?: boolean } {
  return typeof value === 'object' && value !== null && 'filter' in value;
}

/**
 * One list screen (issue 15.3): title and buttons (saved views, export, create), the search box
 * and its filter panel, the table with sortable columns, column choice, bulk menu and cursor pages.
 * The screen gives its columns, its filter fields and its query; the state is `useListState`'s.
 */
export function ListPage<T, P extends object>({
  title,
  module,
  list,
  query,
  columns,
  getRowId,
  tableLabel,
  searchPlaceholder,
  filters,
  panel,
  exportFile,
  leading,
  trailing,
  createTo,
  empty,
  bulkActions,
  above,
}: ListPageProps<T, P>) {
  const { t } = useTranslation();
  const columnIds = columns.map((c) => c.id).filter((id): id is string => Boolean(id));
  const exportNode = isExportSpec(exportFile) ? (
    <ExportMenu
      module={module}
      filter={exportFile.filter}
      orderBy={exportFile.orderBy}
      columns={exportFile.columns ? shownColumnIds(columns, list.visibility) : undefined}
    />
  ) : (
    exportFile || null
  );
  return (
    <Page
      title={title}
      actions={
        <>
          {leading}
          <ListStateViews module={module} list={list} columnIds={columnIds} />
          {exportNode}
          {trailing}
          {createTo ? <CreateButton to={createTo} /> : null}
        </>
      }
    >
      {above}
      <ListStateSearch list={list} placeholder={searchPlaceholder} />
      {list.panelOpen
        ? (panel ?? (
            <Group gap="sm" align="flex-end" wrap="wrap" role="group" aria-label={t('table.filters')}>
              {filters}
            </Group>
          ))
        : null}
      <ListTable
        list={list}
        query={query}
        columns={columns}
        label={tableLabel ?? title}
        getRowId={getRowId}
        empty={empty}
        createTo={createTo}
        bulkActions={bulkActions}
      />
    </Page>
  );
}

export interface ListTableProps<T, P extends object> {
  list: ListState<P>;
  query: PagedQuery<T>;
  columns: ColumnDef<T>[];
  /** The table's accessible name. */
  label: string;
  /** The row's `id` unless said otherwise. */
  getRowId?: (row: T) => string;
  empty: ListPageEmpty;
  /** The create page: the empty list's first step. */
  createTo?: string;
  bulkActions?: BulkAction<T>[];
}

/** The table of a list kept by `useListState`: its page of rows, sort, shown columns and empty state. */
export function ListTable<T, P extends object>({
  list,
  query,
  columns,
  label,
  getRowId,
  empty,
  createTo,
  bulkActions,
}: ListTableProps<T, P>) {
  const listEmpty = useListEmpty();
  const emptyState =
    !list.filtered && empty.none
      ? empty.none
      : listEmpty({
          what: empty.what,
          filtered: list.filtered,
          onClearFilters: list.clear,
          createTo,
          importTo: empty.importTo,
        });
  return (
    <DataTable
      label={label}
      empty={emptyState}
      columns={columns}
      getRowId={getRowId ?? ((row) => (row as { id: string }).id)}
      {...listTableProps(list, query)}
      bulkActions={bulkActions}
    />
  );
}
