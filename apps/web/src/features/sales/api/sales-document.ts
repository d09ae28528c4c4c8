import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';

/** An order, contract or invoice made from a quote: number, customer, lines, totals, the quote. */
export const SalesDocumentViewDocument = graphql(`
  query SalesDocumentView($id: ID!, $order: Boolean!, $contract: Boolean!, $invoice: Boolean!) {
    order(id: $id) @include(if: $order) {
      id
      number
      date
      status
      customer {
        id
        name
      }
      lines {
        ...DocumentLineParts
      }
      totals {
        ...DocumentTotalsParts
      }
      quote {
        id
        number
      }
    }
    contract(id: $id) @include(if: $contract) {
      id
      number
      signedOn
      status
      customer {
        id
        name
      }
      lines {
        ...DocumentLineParts
      }
      totals {
        ...DocumentTotalsParts
      }
      quote {
        id
        number
      }
    }
    invoice(id: $id) @include(if: $invoice) {
      id
      number
      date
      status
      customer {
        id
        name
      }
      lines {
        ...DocumentLineParts
      }
      totals {
        ...DocumentTotalsParts
      }
      quote {
        id
        number
      }
    }
  }
`);

export type SalesDocumentKind = 'order' | 'contract' | 'invoice';

export function useSalesDocumentView(kind: SalesDocumentKind, id: string) {
  return useQuery(SalesDocumentViewDocument, {
    variables: { id, order: kind === 'order', contract: kind === 'contract', invoice: kind === 'invoice' },
  });
}
