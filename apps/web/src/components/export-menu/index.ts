export { ExportMenu, listTotal, shownColumnIds, type ExportMenuProps } from './export-menu';
export { ExportJobsWatcher } from './export-jobs-watcher';
export { FileMenu, type FileMenuProps } from './file-menu';
