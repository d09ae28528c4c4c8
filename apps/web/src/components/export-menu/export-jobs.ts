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

const WATCHED_KEY = 'sen.exportsWatched';

function readIds(storage: Storage, key: string): Set<string> {
  try {
    return new Set(JSON.parse(storage.getItem(key) ?? '[]') as string[]);
  } catch {
    return new Set();
  }
}

function addId(storage: Storage, key: string, id: string) {
  try {
    storage.setItem(key, JSON.stringify([...readIds(storage, key), id].slice(-50)));
  } catch {
    // Private mode: remembered for this page only.
  }
}

/**
 * The exports this tab started or saw running: only those are announced when they end, so a
 * finished export does not greet the user again in every new window or session.
 */
export const watchedExports = () => readIds(sessionStorage, WATCHED_KEY);
export const watchExport = (id: string) => addId(sessionStorage, WATCHED_KEY, id);

const SEEN_KEY = 'sen.exportsSeen';
/** Exports whose notice the user closed or whose file they took. */
export const seenExports = () => readIds(localStorage, SEEN_KEY);
export const markExportSeen = (id: string) => addId(localStorage, SEEN_KEY, id);
