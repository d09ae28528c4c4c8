import { graphql } from '../../../gql';

/** Orders as money's list shows them; the sales trash asks the same of the deleted ones. */
export const OrdersListDocument = graphql(`
  query MoneyOrders($filter: OrderFilter, $orderBy: [OrderOrder!], $first: Int, $after: String) {
    orders(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      pageInfo {
        ...ListPageParts
      }
      nodes {
        ...OrderRow
      }
    }
  }
`);
