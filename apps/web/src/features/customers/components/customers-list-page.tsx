import { Button } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { VisibilityState } from '@tanstack/react-table';
import {
  DataTable,
  pagedTableProps,
  useCursorPagination,
  type SortState,
} from '../../../components/data-table';
import { useListEmpty } from '../../../components/empty-state';
import { ExportMenu, listTotal, shownColumnIds } from '../../../components/export-menu';
import { ListSearch } from '../../../components/list-search';
import { SavedViewsMenu } from '../../../components/saved-views';
import { CreateButton, Page } from '../../../components/page';
import type { CustomerRowFragment } from '../../../gql/graphql';
import { useCustomerLevelCounts } from '../api/customer-level-counts';
import { useCustomers } from '../api/customers';
import { activeCriteria, toCustomerFilter } from '../hooks/customer-filter';
import { useCustomerListState } from '../hooks/use-customer-list-state';
import { useDeleteCustomersAction } from '../hooks/use-delete-customers';
import { useDialog } from '../hooks/use-dialog';
import { ChangeGroupsDialog } from './change-groups-dialog';
import { CUSTOMER_HIDDEN_COLUMNS, CUSTOMER_SORT_FIELDS, useCustomerColumns } from './customer-columns';
import { CustomerFilterPanel } from './customer-filter-panel';
import { LevelTabs } from './level-tabs';
import { QuickActivityDialog } from './quick-activity-dialog';
import { ShareDialog } from './share-dialog';
import { TransferDialog } from './transfer-dialog';

type BulkDialog = 'groups' | 'share' | 'transfer';

/** Bán hàng → Khách hàng (CUS-03, CUS-04, CUS-08, CUS-09, X-03). */
export function CustomersListPage() {
  const { t } = useTranslation();
  const state = useCustomerListState();
  const paging = useCursorPagination();
  const [searchText, setSearchText] = useState(state.search);
  const [panelOpen, setPanelOpen] = useState(activeCriteria(state.panel) > 0);
  const [sort, setSort] = useState<SortState | null>({ field: 'createdAt', direction: 'DESC' });
  const dialog = useDialog<BulkDialog, CustomerRowFragment>();
  const deleteCustomers = useDeleteCustomersAction();
  const [quick, setQuick] = useState<CustomerRowFragment | null>(null);
  const columns = useCustomerColumns(setQuick);
  const [visibility, setVisibility] = useState<VisibilityState>(CUSTOMER_HIDDEN_COLUMNS);

  const applySearch = useDebouncedCallback((value: string) => {
    state.setSearch(value.trim());
    paging.reset();
  }, 300);

  const filter = toCustomerFilter(state.panel, state.search, state.level);
  const { levels: _levels, ...countFilter } = filter;
  const counts = useCustomerLevelCounts(countFilter);
  const { data, previousData, loading, error, refetch } = useCustomers({
    filter,
    orderBy: sort ? [{ field: CUSTOMER_SORT_FIELDS[sort.field], direction: sort.direction }] : undefined,
    first: paging.first,
    after: paging.after,
  });
  const connection = (data ?? previousData)?.customers;
  const criteria = activeCriteria(state.panel);
  const ids = (rows: CustomerRowFragment[]) => rows.map((r) => r.id);
  const listEmpty = useListEmpty();
  const empty = listEmpty({
    what: t('empty.what.customers'),
    filtered: Boolean(state.search || state.level) || criteria > 0,
    onClearFilters: () => {
      setSearchText('');
      setPanelOpen(false);
      state.clear();
      paging.reset();
    },
    createTo: '/customers/new',
    importTo: '/customers/import',
  });

  return (
    <Page
      title={t('customers.title')}
      actions={
        <>
          <Button component={Link} to="/customers/lookup" variant="default">
            {t('customers.lookup')}
          </Button>
          <Button component={Link} to="/customers/ownership-history" variant="default">
            {t('customers.ownershipHistory')}
          </Button>
          <Button component={Link} to="/customers/import" variant="default">
            {t('imports.import')}
          </Button>
          <SavedViewsMenu
            module="customers"
            columnIds={columns.map((c) => c.id).filter((id): id is string => Boolean(id))}
            visibility={visibility}
            setVisibility={setVisibility}
            sort={sort}
            setSort={setSort}
            onApplied={(saved) => {
              setSearchText(typeof saved.q === 'string' ? saved.q : '');
              setPanelOpen(Boolean(saved.f));
              paging.reset();
            }}
          />
          <ExportMenu
            module="customers"
            filter={filter}
            columns={shownColumnIds(columns, visibility)}
            total={listTotal(connection)}
          />
          <Button component={Link} to="/customers/trash" variant="default">
            {t('customers.trash')}
          </Button>
          <CreateButton to="/customers/new" />
        </>
      }
    >
      <LevelTabs
        value={state.level}
        counts={(counts.data ?? counts.previousData)?.customerLevelCounts}
        onChange={(level) => {
          state.setLevel(level);
          paging.reset();
        }}
      />
      <ListSearch
        placeholder={t('customers.searchPlaceholder')}
        value={searchText}
        onChange={(text) => {
          setSearchText(text);
          applySearch(text);
        }}
        filtersLabel={t('customers.filters')}
        panelOpen={panelOpen}
        onTogglePanel={() => setPanelOpen((o) => !o)}
        criteria={criteria}
      />
      {panelOpen ? (
        <CustomerFilterPanel
          value={state.panel}
          onApply={(panel) => {
            state.setPanel(panel);
            paging.reset();
          }}
        />
      ) : null}
      <DataTable
        label={t('customers.listLabel')}
        columns={columns}
        getRowId={(c) => c.id}
        {...pagedTableProps({ connection, loading, error, refetch }, paging, { value: sort, set: setSort })}
        columnVisibility={visibility}
        onColumnVisibilityChange={setVisibility}
        empty={empty}
        bulkActions={[
          { label: t('customers.actions.changeGroups'), onClick: dialog.open('groups') },
          { label: t('customers.actions.share'), onClick: dialog.open('share') },
          { label: t('customers.actions.transfer'), onClick: dialog.open('transfer') },
          { label: t('customers.actions.delete'), color: 'red', onClick: (rows) => deleteCustomers(rows) },
        ]}
      />
      {dialog.state?.kind === 'groups' ? (
        <ChangeGroupsDialog customerIds={ids(dialog.state.rows)} onClose={dialog.close} />
      ) : null}
      {dialog.state?.kind === 'share' ? (
        <ShareDialog customerIds={ids(dialog.state.rows)} onClose={dialog.close} />
      ) : null}
      {quick ? <QuickActivityDialog customer={quick} onClose={() => setQuick(null)} /> : null}
      {dialog.state?.kind === 'transfer' ? (
        <TransferDialog customerIds={ids(dialog.state.rows)} onClose={dialog.close} />
      ) : null}
    </Page>
  );
}
