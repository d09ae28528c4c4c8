import { useListEmpty } from '../../../components/empty-state';
import { Anchor, Badge, Button, Grid, Group, MultiSelect, UnstyledButton } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { formatDateVi } from '@sen/shared';
import type { ColumnDef, VisibilityState } from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useConfirm } from '../../../components/confirm';
import {
  DataTable,
  pagedTableProps,
  useCursorPagination,
  type BulkAction,
  type SortState,
} from '../../../components/data-table';
import { DateInput } from '../../../components/form';
import { ListSearch } from '../../../components/list-search';
import { ExportMenu, listTotal } from '../../../components/export-menu';
import { SavedViewsMenu } from '../../../components/saved-views';
import { Page, useErrorMessage } from '../../../components/page';
import type { CareCardRowFragment, CareCardSortField } from '../../../gql/graphql';
import {
  useCareCards,
  useCareOptions,
  useCloneCareCard,
  useDeleteCareCards,
  useRestoreCareCards,
} from '../api/care-cards';
import { CareActionDialogs, type CareDialog } from './care-action-dialogs';
import {
  criteriaCount,
  EMPTY_PANEL,
  isDate,
  panelFromParams,
  panelToFilter,
  panelToParams,
  type CarePanel,
} from './care-filter';
import { CareSidePanel } from './care-side-panel';
import { useUserOptions } from '../../../lib/user-options';
import { notifyDone, notifyFailed } from '../../../lib/notify';

const SORT_FIELDS: Record<string, CareCardSortField> = {
  code: 'CODE',
  careDate: 'CARE_DATE',
  orderNumber: 'ORDER_NUMBER',
  createdAt: 'CREATED_AT',
};

/** Chăm sóc khách hàng → Thẻ chăm sóc (CARE-01, 04, 05, 06). */
export function CareCardsPage() {
  const { t } = useTranslation();
  const listEmpty = useListEmpty();
  const navigate = useNavigate();
  const confirm = useConfirm();
  const errorMessage = useErrorMessage();
  const [params, setParams] = useSearchParams();
  const paging = useCursorPagination();
  const trash = params.get('trash') === '1';
  const panel = panelFromParams(params);
  const [text, setText] = useState(params.get('q') ?? '');
  const [search] = useDebouncedValue(text.trim(), 300);
  const [panelOpen, setPanelOpen] = useState(criteriaCount(panel) > 0);
  const [sort, setSort] = useState<SortState | null>({ field: 'careDate', direction: 'DESC' });
  const [visibility, setVisibility] = useState<VisibilityState>({ notes: false, createdAt: false });
  const [selectedId, setSelected] = useState<string | null>(null);
  const [dialog, setDialog] = useState<CareDialog>(null);
  const options = useCareOptions().data;
  const users = useUserOptions({ activeOnly: false }).options;
  const [clone] = useCloneCareCard();
  const [remove] = useDeleteCareCards();
  const [restore] = useRestoreCareCards();
  const filter = panelToFilter(panel, search, trash);
  const orderBy = sort ? [{ field: SORT_FIELDS[sort.field], direction: sort.direction }] : undefined;
  const { data, previousData, loading, error, refetch } = useCareCards({
    filter,
    orderBy,
    first: paging.first,
    after: paging.after,
  });
  const connection = (data ?? previousData)?.careCards;
  const selected = connection?.nodes.find((n) => n.id === selectedId) ?? null;

  const setPanel = (next: CarePanel) => {
    setParams(panelToParams(next, params), { replace: true });
    paging.reset();
  };

  const columns = useMemo<ColumnDef<CareCardRowFragment>[]>(
    () => [
      {
        id: 'code',
        header: t('care.fields.code'),
        enableSorting: true,
        enableHiding: false,
        meta: { nowrap: true },
        cell: ({ row }) => (
          <Anchor component={Link} to={`/care-cards/${row.original.id}`} fw={500}>
            {row.original.code}
          </Anchor>
        ),
      },
      {
        id: 'customer',
        header: t('care.fields.customer'),
        cell: ({ row }) => (
          <UnstyledButton
            c="blue"
            fz="sm"
            onClick={() => setSelected(row.original.id)}
            title={t('care.panel.open')}
          >
            {row.original.customer.name}
          </UnstyledButton>
        ),
      },
      {
        id: 'orderNumber',
        header: t('care.fields.orderNumber'),
        enableSorting: true,
        meta: { nowrap: true },
        cell: ({ row }) =>
          row.original.order ? (
            <Anchor component={Link} to={`/orders/${row.original.order.id}`}>
              {row.original.orderNumber}
            </Anchor>
          ) : (
            row.original.orderNumber
          ),
      },
      {
        id: 'careDate',
        header: t('care.fields.careDate'),
        enableSorting: true,
        meta: { nowrap: true },
        cell: ({ row }) => (row.original.careDate ? formatDateVi(row.original.careDate) : ''),
      },
      { id: 'channel', header: t('care.fields.channel'), cell: ({ row }) => row.original.channel ?? '' },
      {
        id: 'satisfaction',
        header: t('care.fields.satisfaction'),
        cell: ({ row }) => row.original.satisfaction ?? '',
      },
      { id: 'result', header: t('care.fields.result'), cell: ({ row }) => row.original.result ?? '' },
      { id: 'owner', header: t('care.fields.owner'), cell: ({ row }) => row.original.owner.name },
      { id: 'unit', header: t('care.fields.unit'), cell: ({ row }) => row.original.unit?.name ?? '' },
      {
        id: 'tags',
        header: t('care.fields.tags'),
        cell: ({ row }) => (
          <Group gap={4}>
            {row.original.tags.map((tag) => (
              <Badge key={tag} variant="light" size="sm">
                {tag}
              </Badge>
            ))}
          </Group>
        ),
      },
      { id: 'notes', header: t('care.fields.notes'), cell: ({ row }) => row.original.notes ?? '' },
      {
        id: 'createdAt',
        header: t('care.fields.createdAt'),
        enableSorting: true,
        cell: ({ row }) => new Date(row.original.createdAt).toLocaleDateString('vi-VN'),
      },
    ],
    [t, setSelected],
  );

  const ids = (rows: CareCardRowFragment[]) => rows.map((r) => r.id);
  const bulkActions: BulkAction<CareCardRowFragment>[] = trash
    ? [
        {
          label: t('care.actions.restore'),
          onClick: async (rows) => {
            const r = await restore({ variables: { ids: ids(rows) } });
            notifyDone(t('care.restored', { count: r.data?.restoreCareCards ?? 0 }));
          },
        },
      ]
    : [
        {
          label: t('care.actions.clone'),
          onClick: async (rows) => {
            try {
              for (const row of rows) {
                const r = await clone({ variables: { id: row.id } });
                notifyDone(t('care.cloned', { code: r.data?.cloneCareCard.code }));
              }
            } catch (e) {
              notifyFailed(errorMessage(e));
            }
          },
        },
        { label: t('care.actions.tag'), onClick: (rows) => setDialog({ kind: 'tag', ids: ids(rows) }) },
        {
          label: t('care.actions.handOver'),
          onClick: (rows) => setDialog({ kind: 'handOver', ids: ids(rows) }),
        },
        { label: t('care.actions.share'), onClick: (rows) => setDialog({ kind: 'share', ids: ids(rows) }) },
        {
          label: t('care.actions.delete'),
          color: 'red',
          onClick: async (rows) => {
            const yes = await confirm({
              title: t('care.deleteTitle'),
              message: t('care.deleteConfirm', { count: rows.length }),
              danger: true,
            });
            if (!yes) {
              return;
            }
            try {
              const r = await remove({ variables: { ids: ids(rows) } });
              notifyDone(t('care.deleted', { count: r.data?.deleteCareCards ?? 0 }));
              setSelected(null);
            } catch (e) {
              notifyFailed(errorMessage(e));
            }
          },
        },
      ];

  const table = (
    <DataTable
      label={t('care.listLabel')}
      empty={listEmpty({
        what: t('empty.what.careCards'),
        filtered: Boolean(search) || criteriaCount(panel) > 0,
        onClearFilters: () => {
          setText('');
          setPanel(EMPTY_PANEL);
          setPanelOpen(false);
        },
        createTo: trash ? undefined : '/care-cards/new',
      })}
      columns={columns}
      getRowId={(c) => c.id}
      {...pagedTableProps({ connection, loading, error, refetch }, paging, { value: sort, set: setSort })}
      columnVisibility={visibility}
      onColumnVisibilityChange={setVisibility}
      bulkActions={bulkActions}
    />
  );

  return (
    <Page
      title={trash ? t('care.trashTitle') : t('care.title')}
      actions={
        <>
          <Button component={Link} to="/care-cards/import" variant="default">
            {t('imports.import')}
          </Button>
          <ExportMenu module="care-cards" filter={filter} orderBy={orderBy} total={listTotal(connection)} />
          <Button component={Link} to="/care-cards/stats" variant="default">
            {t('care.stats.title')}
          </Button>
          <Button
            variant="default"
            onClick={() => {
              const next = new URLSearchParams(params);
              if (trash) {
                next.delete('trash');
              } else {
                next.set('trash', '1');
              }
              setParams(next);
              paging.reset();
            }}
          >
            {trash ? t('care.backToList') : t('care.trash')}
          </Button>
          <SavedViewsMenu
            module="care-cards"
            columnIds={columns.map((c) => c.id).filter((id): id is string => Boolean(id))}
            visibility={visibility}
            setVisibility={setVisibility}
            sort={sort}
            setSort={setSort}
            onApplied={(saved) => {
              setText(typeof saved.q === 'string' ? saved.q : '');
              paging.reset();
            }}
          />
          <Button onClick={() => void navigate('/care-cards/new')}>{t('common.add')}</Button>
        </>
      }
    >
      <ListSearch
        placeholder={t('care.searchPlaceholder')}
        value={text}
        onChange={(next) => {
          setText(next);
          paging.reset();
        }}
        filtersLabel={t('care.filters')}
        panelOpen={panelOpen}
        onTogglePanel={() => setPanelOpen((o) => !o)}
        criteria={criteriaCount(panel)}
      />
      {panelOpen ? (
        <Group gap="sm" align="flex-end">
          <MultiSelect
            label={t('care.fields.unit')}
            data={(options?.departments ?? []).map((d) => ({ value: d.id, label: d.name }))}
            value={panel.unitIds}
            onChange={(unitIds) => setPanel({ ...panel, unitIds })}
            w={220}
          />
          <MultiSelect
            label={t('care.fields.owner')}
            data={users}
            value={panel.ownerIds}
            onChange={(ownerIds) => setPanel({ ...panel, ownerIds })}
            searchable
            w={220}
          />
          <MultiSelect
            label={t('care.fields.channel')}
            data={[
              ...(options?.channels ?? []).map((c) => ({ value: c.name, label: c.name })),
              { value: '', label: t('care.none') },
            ]}
            value={panel.channels}
            onChange={(channels) => setPanel({ ...panel, channels })}
            w={220}
          />
          <MultiSelect
            label={t('care.fields.satisfaction')}
            data={[
              ...(options?.satisfactions ?? []).map((c) => ({ value: c.name, label: c.name })),
              { value: '', label: t('care.none') },
            ]}
            value={panel.satisfactions}
            onChange={(satisfactions) => setPanel({ ...panel, satisfactions })}
            w={220}
          />
          <DateInput
            label={t('care.careFrom')}
            value={panel.careFrom}
            onChange={(careFrom) => isDate(careFrom) && setPanel({ ...panel, careFrom })}
            w={160}
          />
          <DateInput
            label={t('care.careTo')}
            value={panel.careTo}
            onChange={(careTo) => isDate(careTo) && setPanel({ ...panel, careTo })}
            w={160}
          />
        </Group>
      ) : null}
      {selected ? (
        <Grid>
          <Grid.Col span={{ base: 12, lg: 8 }}>{table}</Grid.Col>
          <Grid.Col span={{ base: 12, lg: 4 }}>
            <CareSidePanel card={selected} onClose={() => setSelected(null)} />
          </Grid.Col>
        </Grid>
      ) : (
        table
      )}
      <CareActionDialogs dialog={dialog} onClose={() => setDialog(null)} />
    </Page>
  );
}
