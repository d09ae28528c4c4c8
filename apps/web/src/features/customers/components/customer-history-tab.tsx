import { Badge, Paper, Stack, Text } from '@mantine/core';
import { CUSTOMER_FIELDS, formatDateTimeVi, formatDateVi, type RecordFields } from '@sen/shared';
import type { ColumnDef } from '@tanstack/react-table';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable, pagedTableProps, useCursorPagination } from '../../../components/data-table';
import type { CustomerHistoryQuery } from '../../../gql/graphql';
import { errorCode } from '../../../lib/errors';
import { useCustomerGroups } from '../api/customer-groups';
import { useCustomerHistory } from '../api/customer-history';
import { useCustomerUserOptions } from '../api/customer-user-options';
import { useFieldLabel } from '../hooks/use-field-label';

type Entry = CustomerHistoryQuery['auditLogs']['nodes'][number];

interface Change {
  field: string;
  from: unknown;
  to: unknown;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `{ field: { from, to } }` (AUD-01) as a list. */
function changesOf(entry: Entry): Change[] {
  if (!isRecord(entry.changes)) {
    return [];
  }
  return Object.entries(entry.changes).flatMap(([field, change]) =>
    isRecord(change) ? [{ field, from: change.from, to: change.to }] : [],
  );
}

/** A before/after value as a person reads it; `lookup` gives a translation when one exists. */
function showValue(value: unknown, lookup: (key: string) => string | null): string {
  if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) {
    return lookup('customers.history.empty') ?? '';
  }
  if (typeof value === 'boolean') {
    return lookup(value ? 'common.yes' : 'common.no') ?? String(value);
  }
  if (Array.isArray(value)) {
    return value.map((v) => showValue(v, lookup)).join(', ');
  }
  if (typeof value === 'string') {
    if (ISO_DATE.test(value)) {
      return formatDateVi(value);
    }
    if (ISO_DATE_TIME.test(value) && !Number.isNaN(Date.parse(value))) {
      return formatDateTimeVi(value);
    }
    return (
      lookup(`customers.levels.${value}`) ??
      lookup(`customers.kinds.${value}`) ??
      lookup(`id:${value}`) ??
      value
    );
  }
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

export interface CustomerHistoryTabProps {
  customerId: string;
}

/** "Lịch sử" (CUS-10): who changed what and when, before → after. */
export function CustomerHistoryTab({ customerId }: CustomerHistoryTabProps) {
  const { t, i18n } = useTranslation();
  const label = useFieldLabel();
  const paging = useCursorPagination();
  const { data, previousData, loading, error, refetch } = useCustomerHistory(
    customerId,
    paging.first,
    paging.after,
  );
  const connection = (data ?? previousData)?.auditLogs;

  const fieldLabel = useCallback(
    (field: string) => {
      const declared = (CUSTOMER_FIELDS as RecordFields)[field];
      if (declared) {
        return label(declared.label);
      }
      const key = `customers.fields.${field.replace(/Ids?$/, (s) => (s === 'Ids' ? 's' : ''))}`;
      return i18n.exists(key) ? t(key as 'customers.fields.name') : field;
    },
    [t, i18n, label],
  );
  // Ids in the changes (owner, groups, categories) read as the names the user knows.
  const users = useCustomerUserOptions().options;
  const groups = useCustomerGroups().data?.customerGroups;
  const names = useMemo(() => {
    const map = new Map<string, string>();
    for (const u of users) {
      map.set(u.value, u.label);
    }
    for (const g of groups ?? []) {
      map.set(g.id, g.name);
    }
    return map;
  }, [users, groups]);
  const show = useCallback(
    (value: unknown) =>
      showValue(value, (key) => {
        if (key.startsWith('id:')) {
          return names.get(key.slice(3)) ?? null;
        }
        return i18n.exists(key) ? t(key as 'customers.history.empty') : null;
      }),
    [t, i18n, names],
  );

  const columns = useMemo<ColumnDef<Entry>[]>(
    () => [
      {
        id: 'at',
        header: t('customers.history.at'),
        meta: { nowrap: true },
        cell: ({ row }) => formatDateTimeVi(row.original.at),
      },
      {
        id: 'user',
        header: t('customers.history.user'),
        meta: { nowrap: true },
        cell: ({ row }) => row.original.user?.name ?? t('customers.history.system'),
      },
      {
        id: 'action',
        header: t('customers.history.action'),
        meta: { nowrap: true },
        cell: ({ row }) => (
          <Badge variant="light" color={row.original.action === 'DELETE' ? 'red' : 'blue'}>
            {t(`audit.actions.${row.original.action}`)}
          </Badge>
        ),
      },
      {
        id: 'description',
        header: t('customers.history.description'),
        cell: ({ row }) => (
          <Stack gap={2}>
            <Text size="sm">{row.original.description}</Text>
            {changesOf(row.original).map((c) => (
              <Text key={c.field} size="xs" c="dimmed">
                <Text span fw={600} size="xs">
                  {fieldLabel(c.field)}
                </Text>
                : {show(c.from)} → {show(c.to)}
              </Text>
            ))}
          </Stack>
        ),
      },
    ],
    [t, fieldLabel, show],
  );

  if (errorCode(error) === 'FORBIDDEN') {
    return (
      <Paper withBorder p="lg">
        <Text c="dimmed">{t('customers.history.forbidden')}</Text>
      </Paper>
    );
  }
  return (
    <DataTable
      label={t('customers.history.label')}
      columns={columns}
      getRowId={(e) => e.id}
      {...pagedTableProps({ connection, loading, error, refetch }, paging)}
    />
  );
}
