import { ActionIcon, Anchor, Tooltip } from '@mantine/core';
import { CUSTOMER_FIELDS, entries, fileKey, formatDateVi, listColumnsOf, type FieldSpec } from '@sen/shared';
import type { ColumnDef } from '@tanstack/react-table';
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PlusIcon } from '../../../components/icons';
import type { CustomerRowFragment, CustomerSortField } from '../../../gql/graphql';
import { useFieldLabel } from '../hooks/use-field-label';
import { LabelBadges } from './label-badges';
import { LevelBadge } from './level-badge';

/** Column id → the server's sort field (X-03: sort by any visible column the index supports). */
export const CUSTOMER_SORT_FIELDS: Record<string, CustomerSortField> = Object.fromEntries(
  entries(CUSTOMER_FIELDS)
    .filter(([, f]) => f.list && f.sort)
    .map(([key, f]) => [fileKey(key, f), f.sort as CustomerSortField]),
);

type Row = CustomerRowFragment;
type Cell = (row: Row) => ReactNode;

/** The cell of a declared list column; a field with its own look (link, badge, tags) has it here. */
function cellOf(key: string, f: FieldSpec): Cell {
  const value = (row: Row) => (row as unknown as Record<string, unknown>)[key];
  switch (key) {
    case 'name':
      // Long company names keep a readable width instead of one word per line.
      return (row) => (
        <Anchor
          component={Link}
          to={`/customers/${row.id}`}
          fw={500}
          display="block"
          miw={180}
          style={{ overflowWrap: 'anywhere' }}
        >
          {row.name}
        </Anchor>
      );
    case 'level':
      return (row) => <LevelBadge level={row.level} />;
    case 'groupIds':
      return (row) => row.groups.map((g) => g.name).join(', ');
    case 'labels':
      return (row) => <LabelBadges labels={row.labels} />;
    case 'ownerId':
      return (row) => row.owner.name;
  }
  switch (f.kind) {
    case 'email':
      // A long address may break after its "@" rather than widen the table past a laptop's screen
      // (issue 20.5).
      return (row) => {
        const email = (value(row) as string | null | undefined) ?? '';
        const at = email.indexOf('@');
        return at < 0 ? (
          email
        ) : (
          <>
            {email.slice(0, at + 1)}
            <wbr />
            {email.slice(at + 1)}
          </>
        );
      };
    case 'date':
    case 'moment':
      return (row) => (value(row) ? formatDateVi(value(row) as string) : '');
    default:
      return (row) => (value(row) as string | null | undefined) ?? '';
  }
}

/** Where the (undeclared) contact count goes among the declared columns. */
const CONTACTS_AT = 100;

/** The columns hidden until the user picks them. */
export const CUSTOMER_HIDDEN_COLUMNS = Object.fromEntries([
  ...listColumnsOf(CUSTOMER_FIELDS)
    .filter(([, f]) => f.list?.hidden)
    .map(([key, f]) => [fileKey(key, f), false]),
  ['contactCount', false],
]);

/** Short values stay on one line. */
const NOWRAP = new Set<FieldSpec['kind']>(['code', 'enum', 'phone', 'moment', 'date', 'choice']);

/** `onQuickActivity` adds the row action "Thêm giao dịch nhanh" (CUS-11). */
export function useCustomerColumns(
  onQuickActivity?: (customer: CustomerRowFragment) => void,
): ColumnDef<CustomerRowFragment>[] {
  const { t } = useTranslation();
  const label = useFieldLabel();
  return useMemo<ColumnDef<CustomerRowFragment>[]>(() => {
    const column = ([key, f]: [string, FieldSpec]): ColumnDef<Row> => {
      const cell = cellOf(key, f);
      return {
        id: fileKey(key, f),
        header: label(f.label),
        enableSorting: Boolean(f.sort),
        ...(key === 'name' ? { enableHiding: false } : {}),
        ...(NOWRAP.has(f.kind) ? { meta: { nowrap: true } } : {}),
        cell: ({ row }) => cell(row.original),
      };
    };
    return [
      ...listColumnsOf(CUSTOMER_FIELDS)
        .filter(([, f]) => (f.list?.at ?? 0) < CONTACTS_AT)
        .map(column),
      {
        id: 'contactCount',
        header: t('customers.fields.contactCount'),
        cell: ({ row }) => row.original.contactCount,
      },
      ...listColumnsOf(CUSTOMER_FIELDS)
        .filter(([, f]) => (f.list?.at ?? 0) > CONTACTS_AT)
        .map(column),
      ...(onQuickActivity
        ? [
            {
              id: 'rowActions',
              // A named column that never scrolls away (issue 20.5): "Thêm giao dịch nhanh".
              header: t('activities.quick.column'),
              enableHiding: false,
              meta: { sticky: true, label: t('activities.quick.action') },
              cell: ({ row }: { row: { original: CustomerRowFragment } }) => (
                <Tooltip label={t('activities.quick.action')}>
                  <ActionIcon
                    variant="light"
                    aria-label={`${t('activities.quick.action')}: ${row.original.name}`}
                    onClick={() => onQuickActivity(row.original)}
                  >
                    <PlusIcon />
                  </ActionIcon>
                </Tooltip>
              ),
            } satisfies ColumnDef<CustomerRowFragment>,
          ]
        : []),
    ];
  }, [t, label, onQuickActivity]);
}
