import { Anchor } from '@mantine/core';
import { formatDateVi } from '@sen/shared';
import type { ColumnDef } from '@tanstack/react-table';
import { Link } from 'react-router';

interface ColumnOptions {
  /** The API sorts by it (the page maps the column id to its sort field). */
  sortable?: boolean;
}

/** The record's key (number, code) as a link to its screen: always shown, first. */
export function linkColumn<T>(
  id: string,
  header: string,
  to: (row: T) => string,
  text: (row: T) => string,
  { sortable = true }: ColumnOptions = {},
): ColumnDef<T> {
  return {
    id,
    header,
    enableSorting: sortable,
    enableHiding: false,
    meta: { nowrap: true },
    cell: ({ row }) => (
      <Anchor component={Link} to={to(row.original)} fw={500}>
        {text(row.original)}
      </Anchor>
    ),
  };
}

/** A day as Vietnamese write it (dd/mm/yyyy), empty when there is none. */
export function dateColumn<T>(
  id: string,
  header: string,
  value: (row: T) => string | null | undefined,
  { sortable = false }: ColumnOptions = {},
): ColumnDef<T> {
  return {
    id,
    header,
    enableSorting: sortable,
    meta: { nowrap: true },
    cell: ({ row }) => {
      const day = value(row.original);
      return day ? formatDateVi(day) : '';
    },
  };
}
