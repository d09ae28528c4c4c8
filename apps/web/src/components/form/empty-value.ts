/**
 * What a cleared input puts in the form values. Required fields keep '' so the schema reports
 * 'v.required'; optional ones send null (clears the value on the server) or undefined (leaves it).
 */
export type EmptyAs = 'string' | 'null' | 'undefined';

export function emptyTo(value: string, empty: EmptyAs): string | null | undefined {
  if (value !== '') {
    return value;
  }
  if (empty === 'null') {
    return null;
  }
  return empty === 'undefined' ? undefined : '';
}
