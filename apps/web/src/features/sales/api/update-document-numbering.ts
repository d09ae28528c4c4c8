import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';

export const UpdateDocumentNumberingDocument = graphql(`
  mutation UpdateDocumentNumbering($kind: DocumentKind!, $prefix: String!, $width: Int!) {
    updateDocumentNumbering(kind: $kind, prefix: $prefix, width: $width) {
      kind
      prefix
      width
      next
    }
  }
`);

export function useUpdateDocumentNumbering() {
  return useMutation(UpdateDocumentNumberingDocument);
}
