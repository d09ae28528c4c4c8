export { neutraliseCell, restoreCell } from './spreadsheet-cell';
