import { useListEmpty } from '../../../components/empty-state';
import { Button, Group, SegmentedControl, Tabs } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { VisibilityState } from '@tanstack/react-table';
import { Link } from 'react-router';
import { useConfirm } from '../../../components/confirm';
import {
  DataTable,
  pagedTableProps,
  useCursorPagination,
  type SortState,
} from '../../../components/data-table';
import { ListSearch } from '../../../components/list-search';
import { ExportMenu, listTotal } from '../../../components/export-menu';
import { SavedViewsMenu } from '../../../components/saved-views';
import { Page, useErrorMessage } from '../../../components/page';
import type { ActivityRowFragment, ActivityScope } from '../../../gql/graphql';
import { useActivities } from '../api/activities';
import { useDeleteActivities } from '../api/delete-activities';
import { ActivityCalendar } from './activity-calendar';
import { ACTIVITY_SORT_FIELDS, useActivityColumns } from './activity-columns';
import {
  ActivityFilterPanel,
  activityCriteria,
  EMPTY_ACTIVITY_PANEL,
  toActivityFilter,
  type ActivityPanelFilter,
} from './activity-filter-panel';
import { notifyDone, notifyFailed } from '../../../lib/notify';

const SCOPES: ActivityScope[] = ['MINE', 'ASSIGNED_BY_ME', 'ALL'];

/** Bán hàng → Giao dịch (ACT-07): my work, assigned by me, all; filters; list or calendar. */
export function ActivitiesListPage() {
  const { t } = useTranslation();
  const listEmpty = useListEmpty();
  const confirm = useConfirm();
  const errorMessage = useErrorMessage();
  const paging = useCursorPagination();
  const [scope, setScope] = useState<ActivityScope>('MINE');
  const [view, setView] = useState<'list' | 'calendar'>('list');
  const [text, setText] = useState('');
  const [search] = useDebouncedValue(text.trim(), 300);
  const [panel, setPanel] = useState<ActivityPanelFilter>(EMPTY_ACTIVITY_PANEL);
  const [panelOpen, setPanelOpen] = useState(false);
  const [sort, setSort] = useState<SortState | null>({ field: 'createdAt', direction: 'DESC' });
  const columns = useActivityColumns();
  const [visibility, setVisibility] = useState<VisibilityState>({
    priority: false,
    startAt: false,
    comments: false,
  });
  const [deleteActivities] = useDeleteActivities();

  const filter = { ...toActivityFilter(panel), scope, search: search || null };
  const orderBy = sort ? [{ field: ACTIVITY_SORT_FIELDS[sort.field], direction: sort.direction }] : undefined;
  const { data, previousData, loading, error, refetch } = useActivities({
    filter,
    orderBy,
    first: paging.first,
    after: paging.after,
  });
  const connection = (data ?? previousData)?.activities;
  const criteria = activityCriteria(panel);

  const remove = async (rows: ActivityRowFragment[]) => {
    if (
      !(await confirm({
        title: t('activities.delete'),
        message: t('activities.deleteConfirm', { count: rows.length }),
      }))
    ) {
      return false;
    }
    try {
      await deleteActivities({ variables: { ids: rows.map((r) => r.id) } });
      notifyDone(t('activities.deleted', { count: rows.length }));
      return true;
    } catch (failure) {
      notifyFailed(errorMessage(failure));
      return false;
    }
  };

  return (
    <Page
      title={t('activities.title')}
      actions={
        <>
          <ExportMenu module="activities" filter={filter} orderBy={orderBy} total={listTotal(connection)} />
          <SavedViewsMenu
            module="activities"
            columnIds={columns.map((c) => c.id).filter((id): id is string => Boolean(id))}
            visibility={visibility}
            setVisibility={setVisibility}
            sort={sort}
            setSort={setSort}
            filterState={{
              value: { scope, q: text, panel },
              set: (saved) => {
                const next = { ...EMPTY_ACTIVITY_PANEL, ...(saved.panel as Partial<ActivityPanelFilter>) };
                setScope(
                  SCOPES.includes(saved.scope as ActivityScope) ? (saved.scope as ActivityScope) : 'MINE',
                );
                setText(typeof saved.q === 'string' ? saved.q : '');
                setPanel(next);
                setPanelOpen(activityCriteria(next) > 0);
                paging.reset();
              },
            }}
          />
          <Button component={Link} to="/activities/trash" variant="default">
            {t('activities.trash')}
          </Button>
          <Button component={Link} to="/activities/new">
            {t('common.add')}
          </Button>
        </>
      }
    >
      <Tabs
        value={scope}
        onChange={(v) => {
          setScope((v as ActivityScope | null) ?? 'MINE');
          paging.reset();
        }}
      >
        <Tabs.List>
          {SCOPES.map((s) => (
            <Tabs.Tab key={s} value={s}>
              {t(`activities.scopes.${s}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
      </Tabs>
      <Group gap="sm" align="flex-end" justify="space-between">
        <ListSearch
          placeholder={t('activities.searchPlaceholder')}
          value={text}
          onChange={(next) => {
            setText(next);
            paging.reset();
          }}
          filtersLabel={t('activities.filters')}
          panelOpen={panelOpen}
          onTogglePanel={() => setPanelOpen((o) => !o)}
          criteria={criteria}
          width={320}
        />
        <SegmentedControl
          value={view}
          onChange={(v) => setView(v as 'list' | 'calendar')}
          data={[
            { value: 'list', label: t('activities.view.list') },
            { value: 'calendar', label: t('activities.view.calendar') },
          ]}
        />
      </Group>
      {panelOpen ? (
        <ActivityFilterPanel
          value={panel}
          onApply={(next) => {
            setPanel(next);
            paging.reset();
          }}
        />
      ) : null}
      {view === 'calendar' ? (
        <ActivityCalendar filter={{ ...filter, dueFrom: null, dueTo: null }} />
      ) : (
        <DataTable
          label={t('activities.listLabel')}
          empty={listEmpty({
            what: t('empty.what.activities'),
            filtered: Boolean(search) || criteria > 0,
            onClearFilters: () => {
              setText('');
              setPanel(EMPTY_ACTIVITY_PANEL);
              setPanelOpen(false);
              paging.reset();
            },
            createTo: '/activities/new',
          })}
          columns={columns}
          getRowId={(a) => a.id}
          {...pagedTableProps({ connection, loading, error, refetch }, paging, { value: sort, set: setSort })}
          columnVisibility={visibility}
          onColumnVisibilityChange={setVisibility}
          bulkActions={[{ label: t('activities.delete'), color: 'red', onClick: (rows) => remove(rows) }]}
        />
      )}
    </Page>
  );
}
