import type { ReactNode } from 'react';

export type SortDirection = 'ASC' | 'DESC';

/** Server-side sort: `field` is the column id; the screen maps it to its `XSortField`. */
export interface SortState {
  field: string;
  direction: SortDirection;
}

export interface BulkAction<T> {
  label: string;
  onClick: (rows: T[]) => unknown;
  color?: string;
}

/** A list's size as the API's `countInfo` gives it: counted, counted up to a cap, or estimated. */
export interface ListCount {
  value: number;
  kind: 'EXACT' | 'AT_LEAST' | 'ESTIMATE';
}

/** An exact number (`totalCount`), or a `countInfo`. */
export type TotalCount = number | ListCount;

/** Cursor pagination over a Relay connection (see `useCursorPagination`). */
export interface Pager {
  pageIndex: number;
  pageSize: number;
  pageSizes?: number[];
  hasPreviousPage: boolean;
  hasNextPage: boolean;
  onPrevious: () => void;
  onNext: () => void;
  onPageSizeChange?: (size: number) => void;
}

declare module '@tanstack/react-table' {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface ColumnMeta<TData, TValue> {
    /** Name in the column-visibility menu when the header is not plain text. */
    label?: string;
    /** Keeps the column out of the visibility menu (always shown). */
    alwaysVisible?: boolean;
    width?: number | string;
    /** Keeps short values (dates, badges, names) on one line. */
    nowrap?: boolean;
    /** Stays visible at the right edge while the table scrolls (a row's action button). */
    sticky?: boolean;
  }
}

export type RenderSubRow<T> = (row: T) => ReactNode;
