export { ExportMenu, listTotal, shownColumnIds, type ExportMenuProps } from './export-menu';
export { ExportJobsWatcher } from './export-jobs-watcher';
