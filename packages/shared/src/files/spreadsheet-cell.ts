/**
 * Text a spreadsheet would run as a formula starts with one of these (OWASP "CSV injection").
 * A leading apostrophe is included so that an exported value that itself starts with one still
 * reads back unchanged.
 */
const FORMULA_START = /^['=+\-@\t\r]/;
const NEUTRALISED = /^'['=+\-@\t\r]/;

/** The text to write into an exported cell: a leading apostrophe defuses a would-be formula. */
export function neutraliseCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** The inverse for imported cells: exactly what `neutraliseCell` added is removed. */
export function restoreCell(value: string): string {
  return NEUTRALISED.test(value) ? value.slice(1) : value;
}
