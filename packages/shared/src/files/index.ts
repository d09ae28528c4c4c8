export { neutraliseCell, restoreCell } from './spreadsheet-cell';
export {
  IMPORT_FIELDS,
  IMPORT_MODULES,
  isImportModule,
  normaliseHeader,
  suggestMapping,
  type ColumnMapping,
  type ImportFieldSpec,
  type ImportModule,
} from './import-fields';
