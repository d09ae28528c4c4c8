export { DataTable, type DataTableProps } from './data-table';
export {
  pagedTableProps,
  PAGE_SIZES,
  useCursorPagination,
  type CursorPagination,
  type PagedQuery,
} from './use-cursor-pagination';
export type { BulkAction, Pager, SortDirection, SortState } from './types';
