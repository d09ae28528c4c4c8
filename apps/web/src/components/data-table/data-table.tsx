import { Box, Checkbox, Group, LoadingOverlay, Stack, Table, Text, UnstyledButton } from '@mantine/core';
import {
  flexRender,
  getCoreRowModel,
  getExpandedRowModel,
  useReactTable,
  type ColumnDef,
  type ExpandedState,
  type Header,
  type RowSelectionState,
  type Updater,
  type VisibilityState,
} from '@tanstack/react-table';
import { Fragment, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState, type EmptyStateProps } from '../empty-state';
import { ErrorAlert } from '../page';
import { BulkActionsMenu } from './bulk-actions-menu';
import { ColumnVisibilityMenu } from './column-visibility-menu';
import { PaginationBar } from './pagination-bar';
import { useCountText } from './count-text';
import type { BulkAction, Pager, SortState, TotalCount } from './types';

export interface DataTableProps<T> {
  /** Accessible name of the table. */
  label: string;
  data: T[] | undefined;
  columns: ColumnDef<T>[];
  getRowId: (row: T) => string;
  /** An exact count, or the API's `countInfo` (shown as "hơn …" or "khoảng …"). */
  totalCount?: TotalCount;
  loading?: boolean;
  error?: unknown;
  onRetry?: () => void;
  /** Manual (server) sorting; columns opt in with `enableSorting: true`. */
  sort?: SortState | null;
  onSortChange?: (sort: SortState | null) => void;
  pager?: Pager;
  /** Row checkboxes and the "Thao tác" menu appear when given. */
  bulkActions?: BulkAction<T>[];
  /** Content shown under a row that a column expanded with `row.toggleExpanded()`. */
  renderSubRow?: (row: T) => ReactNode;
  canExpand?: (row: T) => boolean;
  initialColumnVisibility?: VisibilityState;
  /** Controlled column visibility (e.g. so an export follows the columns shown). */
  columnVisibility?: VisibilityState;
  onColumnVisibilityChange?: (visibility: VisibilityState) => void;
  /** What an empty list says and offers (create, import, clear the filter). */
  empty?: EmptyStateProps;
}

const SELECT_COLUMN = '_select';
/** Keeps a column at the table's right edge while it scrolls (see app/layout/responsive.css). */
const STICKY_CLASS = 'sen-sticky-end';

function nextSort(current: SortState | null | undefined, field: string): SortState | null {
  if (current?.field !== field) {
    return { field, direction: 'ASC' };
  }
  return current.direction === 'ASC' ? { field, direction: 'DESC' } : null;
}

export function DataTable<T>({
  label,
  data,
  columns,
  getRowId,
  totalCount,
  loading,
  error,
  onRetry,
  sort,
  onSortChange,
  pager,
  bulkActions,
  renderSubRow,
  canExpand,
  initialColumnVisibility,
  columnVisibility: controlledVisibility,
  onColumnVisibilityChange,
  empty,
}: DataTableProps<T>) {
  const { t } = useTranslation();
  const countText = useCountText();
  const total = totalCount === undefined ? undefined : countText(totalCount);
  const rows = useMemo(() => data ?? [], [data]);
  const [rowSelection, setRowSelection] = useState<RowSelectionState>({});
  const [expanded, setExpanded] = useState<ExpandedState>({});
  const [ownVisibility, setOwnVisibility] = useState<VisibilityState>(initialColumnVisibility ?? {});
  const columnVisibility = controlledVisibility ?? ownVisibility;
  const setColumnVisibility = (update: Updater<VisibilityState>) => {
    const next = typeof update === 'function' ? update(columnVisibility) : update;
    setOwnVisibility(next);
    onColumnVisibilityChange?.(next);
  };

  // When the rows change (a new page, a search, a refetch), ticks stay on the rows still shown
  // and go from the others, so a bulk action never touches a row the user cannot see.
  const rowKey = rows.map(getRowId).join('|');
  const [shownKey, setShownKey] = useState(rowKey);
  if (rowKey !== shownKey) {
    setShownKey(rowKey);
    const shown = new Set(rows.map(getRowId));
    setRowSelection((ticked) => Object.fromEntries(Object.entries(ticked).filter(([id]) => shown.has(id))));
    setExpanded({});
  }

  const allColumns = useMemo<ColumnDef<T>[]>(() => {
    if (!bulkActions?.length) {
      return columns;
    }
    const select: ColumnDef<T> = {
      id: SELECT_COLUMN,
      enableHiding: false,
      meta: { alwaysVisible: true, width: 40 },
      header: ({ table }) => (
        <Checkbox
          aria-label={t('table.selectAll')}
          checked={table.getIsAllRowsSelected()}
          indeterminate={table.getIsSomeRowsSelected()}
          onChange={table.getToggleAllRowsSelectedHandler()}
        />
      ),
      cell: ({ row }) => (
        <Checkbox
          aria-label={t('table.selectRow')}
          checked={row.getIsSelected()}
          onChange={row.getToggleSelectedHandler()}
        />
      ),
    };
    return [select, ...columns];
  }, [bulkActions?.length, columns, t]);

  // TanStack Table hands out fresh functions each render; this app does not run the React Compiler.
  // eslint-disable-next-line react-hooks/incompatible-library
  const table = useReactTable({
    data: rows,
    columns: allColumns,
    getRowId: (row) => getRowId(row),
    getCoreRowModel: getCoreRowModel(),
    getExpandedRowModel: getExpandedRowModel(),
    getRowCanExpand: (row) => Boolean(renderSubRow) && (canExpand ? canExpand(row.original) : true),
    manualPagination: true,
    manualSorting: true,
    enableSorting: false,
    enableRowSelection: Boolean(bulkActions?.length),
    state: { rowSelection, expanded, columnVisibility },
    onRowSelectionChange: setRowSelection,
    onExpandedChange: setExpanded,
    onColumnVisibilityChange: setColumnVisibility,
  });

  const selected = table.getSelectedRowModel().rows.map((r) => r.original);
  const visibleCount = table.getVisibleLeafColumns().length;
  const showEmpty = !loading && !error && rows.length === 0;

  const renderHeader = (header: Header<T, unknown>) => {
    const content = header.isPlaceholder
      ? null
      : flexRender(header.column.columnDef.header, header.getContext());
    const sortable = Boolean(onSortChange) && header.column.columnDef.enableSorting === true;
    if (!sortable) {
      return content;
    }
    const direction = sort?.field === header.column.id ? sort.direction : null;
    return (
      <UnstyledButton
        fw={700}
        fz="sm"
        onClick={() => onSortChange?.(nextSort(sort, header.column.id))}
        title={direction === 'ASC' ? t('table.sortDesc') : t('table.sortAsc')}
      >
        <Group gap={4} wrap="nowrap">
          {content}
          <Text component="span" size="xs" c={direction ? undefined : 'dimmed'} aria-hidden>
            {direction === 'ASC' ? '▲' : direction === 'DESC' ? '▼' : '↕'}
          </Text>
        </Group>
      </UnstyledButton>
    );
  };

  return (
    <Stack gap="xs">
      <Group justify="space-between" wrap="wrap">
        <Group gap="sm">
          {bulkActions?.length ? (
            <BulkActionsMenu actions={bulkActions} selected={selected} onDone={() => setRowSelection({})} />
          ) : null}
          {selected.length > 0 ? (
            <Text size="sm" c="dimmed">
              {t('table.selected', { count: selected.length })}
            </Text>
          ) : null}
        </Group>
        <Group gap="sm">
          {total ? (
            <Text size="sm" c="dimmed" data-testid="total-count" title={total.hint}>
              {t('table.total', { total: total.text })}
            </Text>
          ) : null}
          <ColumnVisibilityMenu table={table} />
        </Group>
      </Group>

      {error && rows.length > 0 ? <ErrorAlert error={error} onRetry={onRetry} /> : null}

      <Box pos="relative">
        <LoadingOverlay visible={Boolean(loading) && rows.length > 0} zIndex={2} overlayProps={{ blur: 1 }} />
        <Table.ScrollContainer minWidth={640}>
          <Table
            striped
            highlightOnHover
            withTableBorder
            horizontalSpacing={8}
            aria-label={label}
            aria-busy={loading || undefined}
          >
            <Table.Thead>
              {table.getHeaderGroups().map((group) => (
                <Table.Tr key={group.id}>
                  {group.headers.map((header) => {
                    const direction = sort?.field === header.column.id ? sort.direction : null;
                    return (
                      <Table.Th
                        key={header.id}
                        w={header.column.columnDef.meta?.width}
                        className={header.column.columnDef.meta?.sticky ? STICKY_CLASS : undefined}
                        aria-sort={
                          header.column.columnDef.enableSorting
                            ? direction === 'ASC'
                              ? 'ascending'
                              : direction === 'DESC'
                                ? 'descending'
                                : 'none'
                            : undefined
                        }
                      >
                        {renderHeader(header)}
                      </Table.Th>
                    );
                  })}
                </Table.Tr>
              ))}
            </Table.Thead>
            <Table.Tbody>
              {table.getRowModel().rows.map((row) => (
                <Fragment key={row.id}>
                  <Table.Tr bg={row.getIsSelected() ? 'var(--mantine-primary-color-light)' : undefined}>
                    {row.getVisibleCells().map((cell) => (
                      <Table.Td
                        key={cell.id}
                        className={cell.column.columnDef.meta?.sticky ? STICKY_CLASS : undefined}
                        style={cell.column.columnDef.meta?.nowrap ? { whiteSpace: 'nowrap' } : undefined}
                      >
                        {flexRender(cell.column.columnDef.cell, cell.getContext())}
                      </Table.Td>
                    ))}
                  </Table.Tr>
                  {row.getIsExpanded() && renderSubRow ? (
                    <Table.Tr>
                      <Table.Td colSpan={visibleCount} bg="var(--mantine-color-gray-0)">
                        {renderSubRow(row.original)}
                      </Table.Td>
                    </Table.Tr>
                  ) : null}
                </Fragment>
              ))}
              {loading && rows.length === 0 ? (
                <Table.Tr>
                  <Table.Td colSpan={visibleCount}>
                    <Text ta="center" c="dimmed" py="lg" role="status">
                      {t('table.loading')}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ) : null}
              {error && rows.length === 0 ? (
                <Table.Tr>
                  <Table.Td colSpan={visibleCount}>
                    <ErrorAlert error={error} onRetry={onRetry} />
                  </Table.Td>
                </Table.Tr>
              ) : null}
              {showEmpty ? (
                <Table.Tr>
                  <Table.Td colSpan={visibleCount}>
                    <EmptyState {...(empty ?? { title: t('table.empty') })} />
                  </Table.Td>
                </Table.Tr>
              ) : null}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Box>

      {pager ? <PaginationBar pager={pager} rowCount={rows.length} total={total?.text} /> : null}
    </Stack>
  );
}
