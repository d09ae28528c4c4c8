import type { Column } from '@tanstack/react-table';

export function columnLabel<T>(column: Column<T, unknown>): string {
  const { header, meta } = column.columnDef;
  return meta?.label ?? (typeof header === 'string' ? header : column.id);
}
