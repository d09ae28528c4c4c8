import { useState } from 'react';
import type { Pager } from './types';

export const PAGE_SIZES = [20, 50, 100];

interface PageInfo {
  hasNextPage: boolean;
  endCursor?: string | null;
}

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
