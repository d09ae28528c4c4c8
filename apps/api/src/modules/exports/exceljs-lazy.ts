import type ExcelJS from 'exceljs';

let loaded: Promise<typeof ExcelJS> | undefined;

/**
 * exceljs, loaded on first use: it adds about 27 MB to the process, which a server that never
 * reads an uploaded workbook or writes a campaign report need not carry (the list exports have
 * their own writer).
 */
export function loadExcelJS(): Promise<typeof ExcelJS> {
  loaded ??= import('exceljs').then(
    (m) => (m as unknown as { default?: typeof ExcelJS }).default ?? (m as unknown as typeof ExcelJS),
  );
  return loaded;
}
