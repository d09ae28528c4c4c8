import { ActionIcon, Anchor, Badge, Group, Tooltip, VisuallyHidden } from '@mantine/core';
import { formatDateVi } from '@sen/shared';
import type { ColumnDef } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CustomerRowFragment, CustomerSortField } from '../../../gql/graphql';
import { LevelBadge } from './level-badge';

/** Column id → the server's sort field (X-03: sort by any visible column the index supports). */
export const CUSTOMER_SORT_FIELDS: Record<string, CustomerSortField> = {
  code: 'CODE',
  name: 'NAME',
  level: 'LEVEL',
  email: 'EMAIL',
  phone: 'PHONE',
  owner: 'OWNER',
  createdAt: 'CREATED_AT',
};

/** `onQuickActivity` adds the row action "Thêm giao dịch nhanh" (CUS-11). */
export function useCustomerColumns(
  onQuickActivity?: (customer: CustomerRowFragment) => void,
): ColumnDef<CustomerRowFragment>[] {
  const { t } = useTranslation();
  return useMemo<ColumnDef<CustomerRowFragment>[]>(
    () => [
      {
        id: 'code',
        header: t('customers.fields.code'),
        enableSorting: true,
        meta: { nowrap: true },
        cell: ({ row }) => row.original.code,
      },
      {
        id: 'name',
        header: t('customers.fields.name'),
        enableSorting: true,
        enableHiding: false,
        cell: ({ row }) => (
          // Long company names keep a readable width instead of one word per line.
          <Anchor component={Link} to={`/customers/${row.original.id}`} fw={500} display="block" miw={200}>
            {row.original.name}
          </Anchor>
        ),
      },
      {
        id: 'level',
        header: t('customers.fields.level'),
        enableSorting: true,
        meta: { nowrap: true },
        cell: ({ row }) => <LevelBadge level={row.original.level} />,
      },
      {
        id: 'groups',
        header: t('customers.fields.groups'),
        cell: ({ row }) => row.original.groups.map((g) => g.name).join(', '),
      },
      {
        id: 'labels',
        header: t('customers.fields.labels'),
        cell: ({ row }) => (
          <Group gap={4}>
            {row.original.labels.map((label) => (
              <Badge key={label} size="sm" variant="outline" color="gray" tt="none">
                {label}
              </Badge>
            ))}
          </Group>
        ),
      },
      {
        id: 'email',
        header: t('customers.fields.email'),
        enableSorting: true,
        meta: { nowrap: true },
        cell: ({ row }) => row.original.email ?? '',
      },
      {
        id: 'phone',
        header: t('customers.fields.phone'),
        enableSorting: true,
        meta: { nowrap: true },
        cell: ({ row }) => row.original.phone ?? '',
      },
      {
        id: 'officeAddress',
        header: t('customers.fields.officeAddress'),
        cell: ({ row }) => row.original.officeAddress ?? '',
      },
      {
        id: 'owner',
        header: t('customers.fields.owner'),
        enableSorting: true,
        meta: { nowrap: true },
        cell: ({ row }) => row.original.owner.name,
      },
      {
        id: 'contactCount',
        header: t('customers.fields.contactCount'),
        cell: ({ row }) => row.original.contactCount,
      },
      {
        id: 'createdAt',
        header: t('customers.fields.createdAt'),
        enableSorting: true,
        meta: { nowrap: true },
        cell: ({ row }) => formatDateVi(row.original.createdAt),
      },
      ...(onQuickActivity
        ? [
            {
              id: 'rowActions',
              // A named column that never scrolls away (issue 20.5): "Thêm giao dịch nhanh".
              header: () => <VisuallyHidden>{t('activities.quick.action')}</VisuallyHidden>,
              enableHiding: false,
              meta: { nowrap: true, sticky: true, width: 48 },
              cell: ({ row }: { row: { original: CustomerRowFragment } }) => (
                <Tooltip label={t('activities.quick.action')}>
                  <ActionIcon
                    variant="subtle"
                    aria-label={`${t('activities.quick.action')}: ${row.original.name}`}
                    onClick={() => onQuickActivity(row.original)}
                  >
                    +
                  </ActionIcon>
                </Tooltip>
              ),
            } satisfies ColumnDef<CustomerRowFragment>,
          ]
        : []),
    ],
    [t, onQuickActivity],
  );
}
