import { useListEmpty } from '../../../components/empty-state';
import { Anchor, Button, Group, Paper, Select, SimpleGrid, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { formatDateVi } from '@sen/shared';
import type { ColumnDef } from '@tanstack/react-table';
import { lazy, Suspense, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  DataTable,
  pagedTableProps,
  useCursorPagination,
  type SortState,
} from '../../../components/data-table';
import { DateInput } from '../../../components/form';
import { ExportMenu, listTotal } from '../../../components/export-menu';
import { pageFilterState, SavedViewsMenu } from '../../../components/saved-views';
import { Page, PageLoader } from '../../../components/page';
import type { CampaignRowFragment, CampaignSortField, CampaignStatus } from '../../../gql/graphql';
import { useCampaignOptions } from '../api/campaign-options';
import { useCampaigns } from '../api/campaigns';
import { useDeleteCampaignAction } from '../hooks/use-delete-campaign';
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

interface Filters {
  executorId: string | null;
  creatorId: string | null;
  startFrom: string | null;
  startTo: string | null;
  status: CampaignStatus | null;
}

const EMPTY: Filters = { executorId: null, creatorId: null, startFrom: null, startTo: null, status: null };

/** Marketing → Chiến dịch (CMP-04): search by name, executor, creator, dates, status. */
export function CampaignsListPage() {
  const { t } = useTranslation();
  const listEmpty = useListEmpty();
  const paging = useCursorPagination();
  const options = useCampaignOptions();
  const [text, setText] = useState('');
  const [search] = useDebouncedValue(text.trim(), 300);
  const [filters, setFilters] = useState<Filters>(EMPTY);
  const [overview, setOverview] = useState(false);
  const [sort, setSort] = useState<SortState | null>({ field: 'startDate', direction: 'DESC' });
  const deleteCampaign = useDeleteCampaignAction();
  const set = (patch: Partial<Filters>) => {
    setFilters((f) => ({ ...f, ...patch }));
    paging.reset();
  };
  const filter = {
    search: search || null,
    executorIds: filters.executorId ? [filters.executorId] : null,
    creatorIds: filters.creatorId ? [filters.creatorId] : null,
    startFrom: filters.startFrom,
    startTo: filters.startTo,
    status: filters.status,
  };
  const orderBy = sort ? [{ field: SORT_FIELDS[sort.field], direction: sort.direction }] : undefined;
  const { data, previousData, loading, error, refetch } = useCampaigns({
    filter,
    orderBy,
    first: paging.first,
    after: paging.after,
  });
  const connection = (data ?? previousData)?.campaigns;
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
        id: 'name',
        header: t('campaigns.fields.name'),
        enableSorting: true,
        enableHiding: false,
        cell: ({ row }) => (
          <Anchor component={Link} to={`/campaigns/${row.original.id}`} fw={500}>
            {row.original.name}
          </Anchor>
        ),
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
        meta: { nowrap: true },
        cell: ({ row }) => row.original.executor?.name ?? '',
      },
      {
        id: 'creator',
        header: t('campaigns.fields.creator'),
        meta: { nowrap: true },
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
    <Page
      title={t('campaigns.title')}
      actions={
        <>
          {isManager ? (
            <Button
              variant={overview ? 'light' : 'default'}
              onClick={() => setOverview((o) => !o)}
              aria-expanded={overview}
            >
              {t('campaigns.overview')}
            </Button>
          ) : null}
          <SavedViewsMenu
            module="campaigns"
            sort={sort}
            setSort={setSort}
            filterState={pageFilterState({
              text,
              setText,
              panel: filters,
              setPanel: setFilters,
              empty: EMPTY,
              reset: paging.reset,
            })}
          />
          <ExportMenu module="campaigns" filter={filter} orderBy={orderBy} total={listTotal(connection)} />
          <Button component={Link} to="/campaigns/new">
            {t('common.add')}
          </Button>
        </>
      }
    >
      {overview ? (
        <Suspense fallback={<PageLoader />}>
          <CampaignsOverviewChart />
        </Suspense>
      ) : null}
      <Paper withBorder p="sm">
        <SimpleGrid cols={{ base: 1, sm: 3, lg: 6 }}>
          <TextInput
            label={t('common.search')}
            placeholder={t('campaigns.searchPlaceholder')}
            type="search"
            value={text}
            onChange={(e) => {
              setText(e.currentTarget.value);
              paging.reset();
            }}
          />
          <Select
            label={t('campaigns.fields.executor')}
            data={options.users}
            value={filters.executorId}
            onChange={(v) => set({ executorId: v })}
            clearable
            searchable
          />
          <Select
            label={t('campaigns.fields.creator')}
            data={options.users}
            value={filters.creatorId}
            onChange={(v) => set({ creatorId: v })}
            clearable
            searchable
          />
          <DateInput
            label={t('campaigns.startFrom')}
            value={filters.startFrom}
            onChange={(v) => set({ startFrom: v && /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : null })}
          />
          <DateInput
            label={t('campaigns.startTo')}
            value={filters.startTo}
            onChange={(v) => set({ startTo: v && /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : null })}
          />
          <Select
            label={t('campaigns.fields.status')}
            data={statusOptions}
            value={filters.status}
            onChange={(v) => set({ status: v as CampaignStatus | null })}
            clearable
          />
        </SimpleGrid>
      </Paper>
      <DataTable
        label={t('campaigns.listLabel')}
        empty={listEmpty({
          what: t('empty.what.campaigns'),
          filtered: Boolean(search) || JSON.stringify(filters) !== JSON.stringify(EMPTY),
          onClearFilters: () => {
            setText('');
            setFilters(EMPTY);
            paging.reset();
          },
          createTo: '/campaigns/new',
        })}
        columns={columns}
        getRowId={(c) => c.id}
        {...pagedTableProps({ connection, loading, error, refetch }, paging, { value: sort, set: setSort })}
        initialColumnVisibility={{ type: false }}
      />
    </Page>
  );
}
