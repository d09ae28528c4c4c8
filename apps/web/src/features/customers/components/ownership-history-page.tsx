import { Badge, Button, Group, List, Select } from '@mantine/core';
import { formatDateTimeVi } from '@sen/shared';
import type { ColumnDef } from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable, pagedTableProps, useCursorPagination } from '../../../components/data-table';
import { DateInput } from '../../../components/form';
import { Page } from '../../../components/page';
import type { OwnershipAction, OwnershipHistoryFilter, OwnershipHistoryQuery } from '../../../gql/graphql';
import { useCustomerUserOptions } from '../api/customer-user-options';
import { useOwnershipHistory } from '../api/ownership-history';

type Event = OwnershipHistoryQuery['ownershipHistory']['nodes'][number];

interface Criteria {
  action: OwnershipAction | null;
  fromUserId: string | null;
  toUserId: string | null;
  from: string | null;
  to: string | null;
}

const NONE: Criteria = { action: null, fromUserId: null, toUserId: null, from: null, to: null };
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar day in Vietnam, as the instant it starts or ends. */
function dayBound(day: string | null, end: boolean): string | undefined {
  if (!day || !ISO_DATE.test(day)) {
    return undefined;
  }
  return new Date(`${day}T${end ? '23:59:59.999' : '00:00:00'}+07:00`).toISOString();
}

function toFilter(c: Criteria): OwnershipHistoryFilter {
  return {
    actions: c.action ? [c.action] : undefined,
    fromUserIds: c.fromUserId ? [c.fromUserId] : undefined,
    toUserIds: c.toUserId ? [c.toUserId] : undefined,
    from: dayBound(c.from, false),
    to: dayBound(c.to, true),
  };
}

/** Lọc chia sẻ và chuyển chủ sở hữu (CUS-08): click the count to see the customers' names. */
export function OwnershipHistoryPage() {
  const { t } = useTranslation();
  const users = useCustomerUserOptions().options;
  const paging = useCursorPagination();
  const [draft, setDraft] = useState<Criteria>(NONE);
  const [applied, setApplied] = useState<Criteria>(NONE);
  const { data, previousData, loading, error, refetch } = useOwnershipHistory({
    filter: toFilter(applied),
    first: paging.first,
    after: paging.after,
  });
  const connection = (data ?? previousData)?.ownershipHistory;
  const set = (patch: Partial<Criteria>) => setDraft((d) => ({ ...d, ...patch }));
  const badDate = (value: string | null) =>
    value && !ISO_DATE.test(value) ? t('customers.ownership.badDate') : undefined;

  const columns = useMemo<ColumnDef<Event>[]>(
    () => [
      {
        id: 'action',
        header: t('customers.ownership.action'),
        meta: { nowrap: true },
        cell: ({ row }) => (
          <Badge variant="light" color={row.original.action === 'SHARE' ? 'blue' : 'orange'}>
            {t(`customers.ownership.actions.${row.original.action}`)}
          </Badge>
        ),
      },
      {
        id: 'customers',
        header: t('customers.ownership.customers'),
        cell: ({ row }) => (
          <Button
            size="compact-sm"
            variant="subtle"
            aria-expanded={row.getIsExpanded()}
            aria-label={t('customers.ownership.showCustomers', { count: row.original.customerCount })}
            onClick={row.getToggleExpandedHandler()}
          >
            {row.original.customerCount}
          </Button>
        ),
      },
      {
        id: 'from',
        header: t('customers.ownership.from'),
        cell: ({ row }) => row.original.fromUser?.name ?? '',
      },
      {
        id: 'to',
        header: t('customers.ownership.to'),
        cell: ({ row }) => row.original.toUsers.map((u) => u.name).join(', '),
      },
      {
        id: 'actor',
        header: t('customers.ownership.actor'),
        cell: ({ row }) => row.original.actor.name,
      },
      {
        id: 'at',
        header: t('customers.ownership.at'),
        meta: { nowrap: true },
        cell: ({ row }) => formatDateTimeVi(row.original.at),
      },
    ],
    [t],
  );

  const apply = () => {
    setApplied(draft);
    paging.reset();
    if (JSON.stringify(draft) === JSON.stringify(applied)) {
      void refetch();
    }
  };

  return (
    <Page title={t('customers.ownership.title')}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          apply();
        }}
      >
        <Group gap="sm" align="flex-start" wrap="wrap">
          <Select
            label={t('customers.ownership.action')}
            placeholder={t('common.all')}
            data={(['SHARE', 'TRANSFER'] as const).map((a) => ({
              value: a,
              label: t(`customers.ownership.actions.${a}`),
            }))}
            value={draft.action}
            onChange={(action) => set({ action: action as OwnershipAction | null })}
            clearable
            w={180}
          />
          <Select
            label={t('customers.ownership.from')}
            placeholder={t('common.all')}
            data={users}
            value={draft.fromUserId}
            onChange={(fromUserId) => set({ fromUserId })}
            searchable
            clearable
            w={180}
          />
          <Select
            label={t('customers.ownership.to')}
            placeholder={t('common.all')}
            data={users}
            value={draft.toUserId}
            onChange={(toUserId) => set({ toUserId })}
            searchable
            clearable
            w={180}
          />
          <DateInput
            label={t('customers.ownership.fromDate')}
            value={draft.from}
            onChange={(from) => set({ from })}
            error={badDate(draft.from)}
            w={140}
          />
          <DateInput
            label={t('customers.ownership.toDate')}
            value={draft.to}
            onChange={(to) => set({ to })}
            error={badDate(draft.to)}
            w={140}
          />
          <Button type="submit" mt={25}>
            {t('common.search')}
          </Button>
        </Group>
      </form>
      <DataTable
        label={t('customers.ownership.listLabel')}
        columns={columns}
        getRowId={(e) => e.id}
        {...pagedTableProps({ connection, loading, error, refetch }, paging)}
        renderSubRow={(event) => (
          <List size="sm" spacing={2}>
            {event.customers.map((c) => (
              <List.Item key={c.id}>
                {c.code} — {c.name}
              </List.Item>
            ))}
          </List>
        )}
      />
    </Page>
  );
}
