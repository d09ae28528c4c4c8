import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';

export const DocumentNumberingDocument = graphql(`
  query DocumentNumbering {
    documentNumbering {
      kind
      prefix
      width
      next
    }
  }
`);

export function useDocumentNumbering() {
  return useQuery(DocumentNumberingDocument, { fetchPolicy: 'cache-and-network' });
}
