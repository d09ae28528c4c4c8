import { graphql } from '../../../gql';

/** Receipts as money's list shows them; the sales trash asks the same of the deleted ones. */
export const ReceiptsListDocument = graphql(`
  query MoneyReceipts($filter: ReceiptFilter, $orderBy: [ReceiptOrder!], $first: Int, $after: String) {
    receipts(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      pageInfo {
        ...ListPageParts
      }
      nodes {
        ...ReceiptRow
      }
    }
  }
`);
