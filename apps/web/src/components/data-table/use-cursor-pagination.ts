import { useState } from 'react';
import type { ListPagePartsFragment } from '../../gql/graphql';
import type { ListCount, Pager, SortState } from './types';

export const PAGE_SIZES = [20, 50, 100];

/** A page as a list document asks for it: `pageInfo { ...ListPageParts }` (list-page-parts.ts). */
type PageInfo = ListPagePartsFragment;

/**
 * Keeps the `after` cursor of every page visited in a stack: "next" pushes the end cursor of the
 * current page, "previous" pops. Keyset cursors stay valid when rows are inserted meanwhile.
 */
export function useCursorPagination(initialPageSize = PAGE_SIZES[0]) {
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const [pageSize, setPageSize] = useState(initialPageSize);

  const reset = () => setCursors([null]);

  return {
    first: pageSize,
    after: cursors[cursors.length - 1],
    pageIndex: cursors.length - 1,
    /** Call when the filter or the sort changes. */
    reset,
    pager(pageInfo: PageInfo | undefined): Pager {
      return {
        pageIndex: cursors.length - 1,
        pageSize,
        pageSizes: PAGE_SIZES,
        hasPreviousPage: cursors.length > 1,
        hasNextPage: Boolean(pageInfo?.hasNextPage && pageInfo.endCursor),
        onPrevious: () => setCursors((stack) => (stack.length > 1 ? stack.slice(0, -1) : stack)),
        onNext: () => {
          const end = pageInfo?.endCursor;
          if (end) {
            setCursors((stack) => [...stack, end]);
          }
        },
        onPageSizeChange: (size) => {
          setPageSize(size);
          reset();
        },
      };
    },
  };
}

export type CursorPagination = ReturnType<typeof useCursorPagination>;

/** A list query's state as Apollo gives it, the page being a connection. */
export interface PagedQuery<T> {
  /** With `countInfo` (what a large list asks for) or the exact `totalCount`. */
  connection:
    | { nodes: T[]; pageInfo: PageInfo; countInfo: ListCount }
    | { nodes: T[]; pageInfo: PageInfo; totalCount: number }
    | null
    | undefined;
  loading: boolean;
  error?: unknown;
  refetch: () => unknown;
}

/**
 * What every server-paged list hands its DataTable alike: the page's rows and count, loading and
 * error (with a retry), the pager, and the sort where it has one (a new sort starts again from the
 * first page).
 */
export function pagedTableProps<T>(
  query: PagedQuery<T>,
  paging: Pick<CursorPagination, 'pager' | 'reset'>,
  sort?: { value: SortState | null; set: (sort: SortState | null) => void },
) {
  return {
    data: query.connection?.nodes,
    totalCount: query.connection
      ? 'countInfo' in query.connection
        ? query.connection.countInfo
        : query.connection.totalCount
      : undefined,
    loading: query.loading,
    error: query.error,
    onRetry: () => void query.refetch(),
    pager: paging.pager(query.connection?.pageInfo),
    ...(sort
      ? {
          sort: sort.value,
          onSortChange: (next: SortState | null) => {
            sort.set(next);
            paging.reset();
          },
        }
      : {}),
  };
}
