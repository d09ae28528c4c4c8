export { ExportMenu, shownColumnIds, type ExportMenuProps } from './export-menu';
