import { Button, Group, Select } from '@mantine/core';
import { formatDateVi } from '@sen/shared';
import type { ColumnDef } from '@tanstack/react-table';
import { lazy, Suspense, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  DateRangeFilter,
  linkColumn,
  ListPage,
  useListState,
  usePagedQuery,
} from '../../../components/list-page';
import { PageLoader } from '../../../components/page';
import type {
  CampaignFilter,
  CampaignRowFragment,
  CampaignSortField,
  CampaignStatus,
} from '../../../gql/graphql';
import { useCampaignOptions } from '../api/campaign-options';
import { CampaignsDocument } from '../api/campaigns';
import { useDeleteCampaignAction, useDeleteCampaignsAction } from '../hooks/use-delete-campaign';
import { CampaignStatusBadge } from './status-badge';

// recharts is heavy: fetched only when a manager opens the overview.
const CampaignsOverviewChart = lazy(() =>
  import('./campaigns-overview-chart').then((m) => ({ default: m.CampaignsOverviewChart })),
);

const SORT_FIELDS: Record<string, CampaignSortField> = {
  code: 'CODE',
  name: 'NAME',
  startDate: 'START_DATE',
  endDate: 'END_DATE',
};

interface Panel {
  executorId: string | null;
  creatorId: string | null;
  startFrom: string | null;
  startTo: string | null;
  status: CampaignStatus | null;
}

const EMPTY: Panel = { executorId: null, creatorId: null, startFrom: null, startTo: null, status: null };

function toFilter(panel: Panel, search: string): CampaignFilter {
  return {
    search: search || null,
    executorIds: panel.executorId ? [panel.executorId] : null,
    creatorIds: panel.creatorId ? [panel.creatorId] : null,
    startFrom: panel.startFrom,
    startTo: panel.startTo,
    status: panel.status,
  };
}

/**
 * Marketing → Chiến dịch (CMP-04, X-03): search, a filter panel (executor, creator, start dates,
 * status), sortable columns, ticked rows to the trash, the export and the trash.
 */
export function CampaignsListPage() {
  const { t } = useTranslation();
  const options = useCampaignOptions();
  const list = useListState({
    emptyPanel: EMPTY,
    sort: { field: 'startDate', direction: 'DESC' },
    visibility: { type: false },
  });
  const { panel } = list;
  const [overview, setOverview] = useState(false);
  const deleteCampaign = useDeleteCampaignAction();
  const deleteCampaigns = useDeleteCampaignsAction();
  const filter = toFilter(panel, list.search);
  const orderBy = list.orderBy(SORT_FIELDS);
  const query = usePagedQuery(CampaignsDocument, { filter, orderBy }, list.paging, (d) => d.campaigns);
  const isManager = options.role === 'ADMIN' || options.role === 'MANAGER';

  const columns = useMemo<ColumnDef<CampaignRowFragment>[]>(
    () => [
      {
        id: 'code',
        header: t('campaigns.fields.code'),
        enableSorting: true,
        meta: { nowrap: true },
        cell: ({ row }) => row.original.code,
      },
      {
        ...linkColumn<CampaignRowFragment>(
          'name',
          t('campaigns.fields.name'),
          (c) => `/campaigns/${c.id}`,
          (c) => c.name,
        ),
        enableHiding: false,
        // A long name wraps rather than widen the table past a 1366 px laptop (issue 20.5).
        meta: {},
      },
      { id: 'type', header: t('campaigns.fields.type'), cell: ({ row }) => row.original.type ?? '' },
      {
        id: 'startDate',
        header: t('campaigns.fields.startDate'),
        enableSorting: true,
        meta: { nowrap: true },
        cell: ({ row }) => formatDateVi(row.original.startDate),
      },
      {
        id: 'endDate',
        header: t('campaigns.fields.endDate'),
        enableSorting: true,
        meta: { nowrap: true },
        cell: ({ row }) => (row.original.endDate ? formatDateVi(row.original.endDate) : ''),
      },
      {
        id: 'executor',
        header: t('campaigns.fields.executor'),
        cell: ({ row }) => row.original.executor?.name ?? '',
      },
      {
        id: 'creator',
        header: t('campaigns.fields.creator'),
        cell: ({ row }) => row.original.creator.name,
      },
      {
        id: 'status',
        header: t('campaigns.fields.status'),
        meta: { nowrap: true },
        cell: ({ row }) => <CampaignStatusBadge status={row.original.status} />,
      },
      {
        id: 'members',
        header: t('campaigns.fields.memberCount'),
        cell: ({ row }) => row.original.memberCount,
      },
      {
        id: 'actions',
        header: t('campaigns.actionsColumn'),
        meta: { alwaysVisible: true, nowrap: true },
        cell: ({ row }) =>
          row.original.canManage ? (
            <Group gap={4} wrap="nowrap">
              <Button
                size="compact-xs"
                variant="subtle"
                component={Link}
                to={`/campaigns/${row.original.id}/edit?back=list`}
                aria-label={`${t('common.edit')} ${row.original.name}`}
              >
                {t('common.edit')}
              </Button>
              <Button
                size="compact-xs"
                variant="subtle"
                color="red"
                onClick={() => void deleteCampaign(row.original)}
                aria-label={`${t('campaigns.delete')} ${row.original.name}`}
              >
                {t('campaigns.delete')}
              </Button>
            </Group>
          ) : null,
      },
    ],
    [t, deleteCampaign],
  );

  const statusOptions = (['UPCOMING', 'RUNNING', 'ENDED'] as const).map((s) => ({
    value: s,
    label: t(`campaigns.status.${s}`),
  }));
  return (
    <ListPage
      title={t('campaigns.title')}
      module="campaigns"
      list={list}
      query={query}
      columns={columns}
      getRowId={(c) => c.id}
      tableLabel={t('campaigns.listLabel')}
      searchPlaceholder={t('campaigns.searchPlaceholder')}
      leading={
        isManager ? (
          <Button
            variant={overview ? 'light' : 'default'}
            onClick={() => setOverview((o) => !o)}
            aria-expanded={overview}
          >
            {t('campaigns.overview')}
          </Button>
        ) : null
      }
      above={
        overview ? (
          <Suspense fallback={<PageLoader />}>
            <CampaignsOverviewChart />
          </Suspense>
        ) : null
      }
      exportFile={{ filter, orderBy, columns: true }}
      trailing={
        <Button component={Link} to="/campaigns/trash" variant="default">
          {t('campaigns.trash')}
        </Button>
      }
      createTo="/campaigns/new"
      empty={{ what: t('empty.what.campaigns') }}
      bulkActions={[
        {
          label: t('campaigns.delete'),
          color: 'red',
          onClick: async (rows) => {
            await deleteCampaigns(rows);
          },
        },
      ]}
      filters={
        <>
          {(['executor', 'creator'] as const).map((who) => (
            <Select
              key={who}
              label={t(`campaigns.fields.${who}`)}
              data={options.users}
              {...list.bind(`${who}Id`)}
              clearable
              searchable
              w={220}
            />
          ))}
          <DateRangeFilter
            fromLabel={t('campaigns.startFrom')}
            toLabel={t('campaigns.startTo')}
            {...list.bindRange('startFrom', 'startTo')}
          />
          <Select
            label={t('campaigns.fields.status')}
            data={statusOptions}
            value={panel.status}
            onChange={(v) => list.patch({ status: v as CampaignStatus | null })}
            clearable
            w={180}
          />
        </>
      }
    />
  );
}
