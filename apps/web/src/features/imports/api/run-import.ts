import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';

export const RunImportDocument = graphql(`
  mutation RunImport(
    $jobId: ID!
    $mapping: [ColumnMappingInput!]
    $mode: ImportMode!
    $dryRun: Boolean
    $convertOldMobilePrefixes: Boolean
  ) {
    runImport(
      jobId: $jobId
      mapping: $mapping
      mode: $mode
      dryRun: $dryRun
      convertOldMobilePrefixes: $convertOldMobilePrefixes
    ) {
      ...ImportJobDetail
    }
  }
`);

export function useRunImport() {
  return useMutation(RunImportDocument);
}
