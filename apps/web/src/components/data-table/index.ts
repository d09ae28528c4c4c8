export { DataTable, type DataTableProps } from './data-table';
export {
  pagedTableProps,
  PAGE_SIZES,
  useCursorPagination,
  type CursorPagination,
  type PagedQuery,
} from './use-cursor-pagination';
export { useCountText } from './count-text';
export type { BulkAction, ListCount, Pager, SortDirection, SortState, TotalCount } from './types';
