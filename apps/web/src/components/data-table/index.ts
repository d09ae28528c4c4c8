export { DataTable, type DataTableProps } from './data-table';
export { PAGE_SIZES, useCursorPagination } from './use-cursor-pagination';
export type { BulkAction, Pager, SortDirection, SortState } from './types';
