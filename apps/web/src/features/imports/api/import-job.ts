import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';

export const ImportJobDocument = graphql(`
  query ImportJob($id: ID!) {
    importJob(id: $id) {
      ...ImportJobDetail
    }
  }
`);

export const ImportJobDetailFragment = graphql(`
  fragment ImportJobDetail on ImportJob {
    id
    module
    fileName
    status
    columns
    suggestedMapping {
      column
      field
    }
    mapping {
      column
      field
    }
    fields {
      field
      label
      required
    }
    mode
    dryRun
    convertOldMobilePrefixes
    totalRows
    processedRows
    created
    updated
    skipped
    failed
    resumable
    failureMessage
    errors(first: 20) {
      row
      field
      message
    }
    createdAt
    finishedAt
  }
`);

/** Polls while the job runs (the user may leave and come back: the job is on the server). */
export function useImportJob(id: string) {
  return useQuery(ImportJobDocument, { variables: { id }, fetchPolicy: 'cache-and-network' });
}
