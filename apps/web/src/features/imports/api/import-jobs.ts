import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';
import type { ImportJobsQueryVariables } from '../../../gql/graphql';

export const ImportJobsDocument = graphql(`
  query ImportJobs($filter: ImportJobFilter, $first: Int, $after: String) {
    importJobs(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        ...ListPageParts
      }
      nodes {
        id
        module
        fileName
        status
        mode
        dryRun
        totalRows
        created
        updated
        skipped
        failed
        createdAt
        createdBy {
          id
          name
        }
      }
    }
  }
`);

export function useImportJobs(variables: ImportJobsQueryVariables) {
  return useQuery(ImportJobsDocument, { variables, fetchPolicy: 'cache-and-network' });
}
