import { useQuery } from '@apollo/client/react';
import type { OperationVariables, TypedDocumentNode } from '@apollo/client';
import type { CursorPagination, PagedQuery } from '../data-table';

/**
 * A list query of one page: the page's variables (`first`, `after`) added to the list's own
 * (`filter`, `orderBy`), the previous page kept on screen while the next one loads.
 */
export function usePagedQuery<TData, TVars extends OperationVariables, T>(
  document: TypedDocumentNode<TData, TVars>,
  variables: Omit<TVars, 'first' | 'after'>,
  paging: Pick<CursorPagination, 'first' | 'after'>,
  connection: (data: TData) => PagedQuery<T>['connection'],
): PagedQuery<T> {
  const { data, previousData, loading, error, refetch } = useQuery(document, {
    variables: { ...variables, first: paging.first, after: paging.after } as unknown as TVars,
    fetchPolicy: 'cache-and-network',
  } as never);
  const shown = (data ?? previousData) as TData | undefined;
  return { connection: shown ? connection(shown) : undefined, loading, error, refetch };
}
