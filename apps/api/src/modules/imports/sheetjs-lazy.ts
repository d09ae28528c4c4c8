import type * as SheetJS from '@e965/xlsx';

let loaded: Promise<typeof SheetJS> | undefined;

/**
 * SheetJS (the `@e965/xlsx` republication of SheetJS CE 0.20, the release the npm `xlsx` package
 * never received), loaded on first use: only legacy .xls and OpenDocument .ods uploads need it.
 */
export function loadSheetJS(): Promise<typeof SheetJS> {
  loaded ??= import('@e965/xlsx').then(
    (m) => (m as unknown as { default?: typeof SheetJS }).default ?? (m as unknown as typeof SheetJS),
  );
  return loaded;
}
