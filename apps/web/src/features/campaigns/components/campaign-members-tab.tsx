import { Group, MultiSelect, Paper, Select, SimpleGrid, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { CAMPAIGN_MEMBER_STATUSES, formatDateVi } from '@sen/shared';
import type { ColumnDef } from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  DataTable,
  pagedTableProps,
  useCursorPagination,
  type SortState,
} from '../../../components/data-table';
import { useListEmpty } from '../../../components/empty-state';
import { DateInput } from '../../../components/form';
import type {
  CampaignMemberRowFragment,
  CampaignMemberSortField,
  CampaignMemberStatus,
} from '../../../gql/graphql';
import { useCampaignMembers } from '../api/campaign-members';
import { useCampaignOptions } from '../api/campaign-options';
import { ChangeStatusDialog } from './change-status-dialog';
import { ExportMenu } from './export-menu';
import { MemberStatusBadge } from './status-badge';

const SORT_FIELDS: Record<string, CampaignMemberSortField> = {
  name: 'NAME',
  status: 'STATUS',
  joinedAt: 'JOINED_AT',
};

const ISO = /^\d{4}-\d{2}-\d{2}$/;

export interface CampaignMembersTabProps {
  campaignId: string;
  campaignCode: string;
  canManage: boolean;
}

/** Khách hàng trong chiến dịch (CMP-08): search, filters, status change and export. */
export function CampaignMembersTab({ campaignId, campaignCode, canManage }: CampaignMembersTabProps) {
  const { t } = useTranslation();
  const paging = useCursorPagination();
  const { users } = useCampaignOptions();
  const [text, setText] = useState('');
  const [search] = useDebouncedValue(text.trim(), 300);
  const [statuses, setStatuses] = useState<string[]>([]);
  const [ownerId, setOwnerId] = useState<string | null>(null);
  const [joinedFrom, setJoinedFrom] = useState<string | null>(null);
  const [joinedTo, setJoinedTo] = useState<string | null>(null);
  const [sort, setSort] = useState<SortState | null>({ field: 'joinedAt', direction: 'DESC' });
  const [changing, setChanging] = useState<CampaignMemberRowFragment[] | null>(null);
  const listEmpty = useListEmpty();
  const filtered = Boolean(text.trim() || statuses.length || ownerId || joinedFrom || joinedTo);
  const { data, previousData, loading, error, refetch } = useCampaignMembers({
    campaignId,
    filter: {
      search: search || null,
      statuses: statuses.length ? (statuses as CampaignMemberStatus[]) : null,
      ownerIds: ownerId ? [ownerId] : null,
      joinedFrom,
      joinedTo,
    },
    orderBy: sort ? [{ field: SORT_FIELDS[sort.field], direction: sort.direction }] : undefined,
    first: paging.first,
    after: paging.after,
  });
  const connection = (data ?? previousData)?.campaignMembers;

  const columns = useMemo<ColumnDef<CampaignMemberRowFragment>[]>(
    () => [
      {
        id: 'code',
        header: t('campaigns.memberFields.code'),
        meta: { nowrap: true },
        cell: ({ row }) => row.original.customerCode,
      },
      {
        id: 'name',
        header: t('campaigns.memberFields.name'),
        enableSorting: true,
        enableHiding: false,
        cell: ({ row }) => row.original.customerName,
      },
      {
        id: 'phone',
        header: t('campaigns.memberFields.phone'),
        meta: { nowrap: true },
        cell: ({ row }) => row.original.customer?.phone ?? '',
      },
      {
        id: 'email',
        header: t('campaigns.memberFields.email'),
        cell: ({ row }) => row.original.customer?.email ?? '',
      },
      {
        id: 'officeAddress',
        header: t('campaigns.memberFields.officeAddress'),
        cell: ({ row }) => row.original.customer?.officeAddress ?? '',
      },
      {
        id: 'owner',
        header: t('campaigns.memberFields.owner'),
        meta: { nowrap: true },
        cell: ({ row }) => row.original.owner?.name ?? '',
      },
      {
        id: 'status',
        header: t('campaigns.memberFields.status'),
        enableSorting: true,
        meta: { nowrap: true },
        cell: ({ row }) => <MemberStatusBadge status={row.original.status} />,
      },
      {
        id: 'joinedAt',
        header: t('campaigns.memberFields.joinedAt'),
        enableSorting: true,
        meta: { nowrap: true },
        cell: ({ row }) => formatDateVi(row.original.joinedAt),
      },
    ],
    [t],
  );
  const statusOptions = CAMPAIGN_MEMBER_STATUSES.map((s) => ({
    value: s,
    label: t(`campaigns.memberStatus.${s}`),
  }));
  const reset = () => paging.reset();
  return (
    <>
      <Paper withBorder p="sm" mb="sm">
        <SimpleGrid cols={{ base: 1, sm: 3, lg: 5 }}>
          <TextInput
            label={t('common.search')}
            placeholder={t('campaigns.memberSearchPlaceholder')}
            type="search"
            value={text}
            onChange={(e) => {
              setText(e.currentTarget.value);
              reset();
            }}
          />
          <MultiSelect
            label={t('campaigns.memberFields.status')}
            data={statusOptions}
            value={statuses}
            onChange={(v) => {
              setStatuses(v);
              reset();
            }}
            clearable
          />
          <Select
            label={t('campaigns.memberFields.owner')}
            data={users}
            value={ownerId}
            onChange={(v) => {
              setOwnerId(v);
              reset();
            }}
            clearable
            searchable
          />
          <DateInput
            label={t('campaigns.joinedFrom')}
            value={joinedFrom}
            onChange={(v) => {
              setJoinedFrom(v && ISO.test(v) ? v : null);
              reset();
            }}
          />
          <DateInput
            label={t('campaigns.joinedTo')}
            value={joinedTo}
            onChange={(v) => {
              setJoinedTo(v && ISO.test(v) ? v : null);
              reset();
            }}
          />
        </SimpleGrid>
        <Group justify="flex-end" mt="sm">
          <ExportMenu
            campaignId={campaignId}
            campaignCode={campaignCode}
            statuses={statuses}
            joinedFrom={joinedFrom}
            joinedTo={joinedTo}
          />
        </Group>
      </Paper>
      <DataTable
        label={t('campaigns.membersLabel')}
        columns={columns}
        getRowId={(m) => m.id}
        {...pagedTableProps({ connection, loading, error, refetch }, paging, { value: sort, set: setSort })}
        initialColumnVisibility={{ officeAddress: false }}
        empty={
          filtered
            ? listEmpty({
                what: t('empty.what.members'),
                filtered,
                onClearFilters: () => {
                  setText('');
                  setStatuses([]);
                  setOwnerId(null);
                  setJoinedFrom(null);
                  setJoinedTo(null);
                  paging.reset();
                },
              })
            : { title: t('empty.membersNone'), description: t('empty.membersHint') }
        }
        bulkActions={
          canManage
            ? [{ label: t('campaigns.changeStatus'), onClick: (rows) => setChanging(rows) }]
            : undefined
        }
      />
      {changing ? <ChangeStatusDialog members={changing} onClose={() => setChanging(null)} /> : null}
    </>
  );
}
