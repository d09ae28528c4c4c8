import { graphql } from '../../gql';

/**
 * What every server-paged list asks of its page: the pager (`useCursorPagination().pager`) and
 * `pagedTableProps` read no more. A list document spreads it: `pageInfo { ...ListPageParts }`.
 */
export const ListPagePartsFragment = graphql(`
  fragment ListPageParts on PageInfo {
    hasNextPage
    endCursor
  }
`);
