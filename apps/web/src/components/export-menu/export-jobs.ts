import { graphql } from '../../gql';

/** The caller's background exports of the last day. */
export const ExportJobsDocument = graphql(`
  query ExportJobs {
    exportJobs {
      id
      module
      fileName
      status
      totalRows
      processedRows
      error
      downloadUrl
      createdAt
      finishedAt
    }
  }
`);

/** From this many rows an export runs in the background, with its progress shown. */
export const BACKGROUND_EXPORT_ROWS = 2000;
