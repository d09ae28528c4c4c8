import { Button, Group, SegmentedControl, Tabs } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useConfirm } from '../../../components/confirm';
import { ExportMenu, listTotal } from '../../../components/export-menu';
import {
  ListStateSearch,
  ListStateViews,
  ListTable,
  useListState,
  usePagedQuery,
} from '../../../components/list-page';
import { CreateButton, Page, useErrorMessage } from '../../../components/page';
import type { ActivityRowFragment, ActivityScope } from '../../../gql/graphql';
import { ActivitiesDocument } from '../api/activities';
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
  const confirm = useConfirm();
  const errorMessage = useErrorMessage();
  const list = useListState<ActivityPanelFilter>({
    emptyPanel: EMPTY_ACTIVITY_PANEL,
    sort: { field: 'createdAt', direction: 'DESC' },
    visibility: { priority: false, startAt: false, comments: false },
    criteria: activityCriteria,
  });
  const { paging, sort } = list;
  const [scope, setScope] = useState<ActivityScope>('MINE');
  const [view, setView] = useState<'list' | 'calendar'>('list');
  const columns = useActivityColumns();
  const [deleteActivities] = useDeleteActivities();

  const filter = { ...toActivityFilter(list.panel), scope, search: list.search || null };
  const orderBy = sort ? [{ field: ACTIVITY_SORT_FIELDS[sort.field], direction: sort.direction }] : undefined;
  const query = usePagedQuery(ActivitiesDocument, { filter, orderBy }, paging, (d) => d.activities);

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
          <ExportMenu
            module="activities"
            filter={filter}
            orderBy={orderBy}
            total={listTotal(query.connection)}
          />
          <ListStateViews
            module="activities"
            list={list}
            columnIds={columns.map((c) => c.id).filter((id): id is string => Boolean(id))}
            extra={{
              value: { scope },
              set: (saved) =>
                setScope(
                  SCOPES.includes(saved.scope as ActivityScope) ? (saved.scope as ActivityScope) : 'MINE',
                ),
            }}
          />
          <Button component={Link} to="/activities/trash" variant="default">
            {t('activities.trash')}
          </Button>
          <CreateButton to="/activities/new" />
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
        <ListStateSearch
          list={list}
          placeholder={t('activities.searchPlaceholder')}
          filtersLabel={t('activities.filters')}
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
      {list.panelOpen ? <ActivityFilterPanel value={list.panel} onApply={list.setPanel} /> : null}
      {view === 'calendar' ? (
        <ActivityCalendar filter={{ ...filter, dueFrom: null, dueTo: null }} />
      ) : (
        <ListTable
          list={list}
          query={query}
          columns={columns}
          label={t('activities.listLabel')}
          empty={{ what: t('empty.what.activities') }}
          createTo="/activities/new"
          bulkActions={[{ label: t('activities.delete'), color: 'red', onClick: (rows) => remove(rows) }]}
        />
      )}
    </Page>
  );
}
