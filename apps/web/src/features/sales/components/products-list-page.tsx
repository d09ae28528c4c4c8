import { useListEmpty } from '../../../components/empty-state';
import { Anchor, Badge, Button, Group, MultiSelect, Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { formatVnd, VAT_RATE_LABEL } from '@sen/shared';
import type { ColumnDef, VisibilityState } from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  DataTable,
  pagedTableProps,
  useCursorPagination,
  type SortState,
} from '../../../components/data-table';
import { ExportMenu, shownColumnIds } from '../../../components/export-menu';
import { pageFilterState, SavedViewsMenu } from '../../../components/saved-views';
import { ListSearch } from '../../../components/list-search';
import { Page } from '../../../components/page';
import type { ProductFilter, ProductKind, ProductRowFragment, ProductSortField } from '../../../gql/graphql';
import { useDeleteProducts } from '../api/delete-products';
import { useProductGroups } from '../api/product-groups';
import { useProducts } from '../api/products';
import { useDeleteAction } from '../hooks/use-delete-action';

const SORT_FIELDS: Record<string, ProductSortField> = {
  code: 'CODE',
  name: 'NAME',
  price: 'PRICE',
  createdAt: 'CREATED_AT',
};

interface Panel {
  kinds: ProductKind[];
  active: 'all' | 'active' | 'inactive';
  groupIds: string[];
}

const EMPTY: Panel = { kinds: [], active: 'all', groupIds: [] };

function toFilter(panel: Panel, search: string): ProductFilter {
  return {
    search: search || undefined,
    kinds: panel.kinds.length ? panel.kinds : undefined,
    active: panel.active === 'all' ? undefined : panel.active === 'active',
    groupIds: panel.groupIds.length ? panel.groupIds : undefined,
  };
}

/** Bán hàng → Sản phẩm/Dịch vụ (SAL-01): the catalogue with search, filters, sort, trash, files. */
export function ProductsListPage() {
  const { t } = useTranslation();
  const listEmpty = useListEmpty();
  const paging = useCursorPagination();
  const [text, setText] = useState('');
  const [search] = useDebouncedValue(text.trim(), 300);
  const [panel, setPanel] = useState<Panel>(EMPTY);
  const [panelOpen, setPanelOpen] = useState(false);
  const [sort, setSort] = useState<SortState | null>({ field: 'code', direction: 'ASC' });
  const [visibility, setVisibility] = useState<VisibilityState>({ description: false, createdAt: false });
  const groups = useProductGroups().data?.categories ?? [];
  const [deleteProducts] = useDeleteProducts();
  const remove = useDeleteAction<ProductRowFragment>(
    async (ids) => (await deleteProducts({ variables: { ids } })).data?.deleteProducts ?? 0,
    {
      title: t('sales.products.deleteTitle'),
      one: (p) => t('sales.products.deleteConfirm', { name: p.name }),
      many: (count) => t('sales.products.deleteManyConfirm', { count }),
      done: (count) => t('sales.products.deleted', { count }),
    },
    (p) => p.id,
  );
  const filter = toFilter(panel, search);
  const orderBy = sort ? [{ field: SORT_FIELDS[sort.field], direction: sort.direction }] : undefined;
  const { data, previousData, loading, error, refetch } = useProducts({
    filter,
    orderBy,
    first: paging.first,
    after: paging.after,
  });
  const connection = (data ?? previousData)?.products;

  const columns = useMemo<ColumnDef<ProductRowFragment>[]>(
    () => [
      {
        id: 'code',
        header: t('sales.products.fields.code'),
        enableSorting: true,
        enableHiding: false,
        meta: { nowrap: true },
        cell: ({ row }) => (
          <Anchor component={Link} to={`/products/${row.original.id}`} fw={500}>
            {row.original.code}
          </Anchor>
        ),
      },
      {
        id: 'name',
        header: t('sales.products.fields.name'),
        enableSorting: true,
        cell: ({ row }) => row.original.name,
      },
      {
        id: 'kind',
        header: t('sales.products.fields.kind'),
        cell: ({ row }) => t(`sales.products.kinds.${row.original.kind}`),
      },
      { id: 'unit', header: t('sales.products.fields.unit'), cell: ({ row }) => row.original.unit },
      {
        id: 'price',
        header: t('sales.products.fields.price'),
        enableSorting: true,
        meta: { nowrap: true },
        cell: ({ row }) => (row.original.price ? formatVnd(row.original.price) : ''),
      },
      {
        id: 'vatRate',
        header: t('sales.products.fields.vatRate'),
        cell: ({ row }) => VAT_RATE_LABEL[row.original.vatRate].vi,
      },
      {
        id: 'group',
        header: t('sales.products.fields.group'),
        cell: ({ row }) => row.original.group?.name ?? '',
      },
      {
        id: 'active',
        header: t('sales.products.fields.active'),
        cell: ({ row }) =>
          row.original.active ? null : (
            <Badge color="gray" variant="light">
              {t('sales.products.inactive')}
            </Badge>
          ),
      },
      {
        id: 'description',
        header: t('sales.products.fields.description'),
        cell: ({ row }) => row.original.description ?? '',
      },
      {
        id: 'createdAt',
        header: t('sales.products.fields.createdAt'),
        enableSorting: true,
        cell: ({ row }) => new Date(row.original.createdAt).toLocaleDateString('vi-VN'),
      },
    ],
    [t],
  );

  return (
    <Page
      title={t('sales.products.title')}
      actions={
        <>
          <Button component={Link} to="/products/import" variant="default">
            {t('imports.import')}
          </Button>
          <SavedViewsMenu
            module="products"
            columnIds={columns.map((c) => c.id).filter((id): id is string => Boolean(id))}
            visibility={visibility}
            setVisibility={setVisibility}
            sort={sort}
            setSort={setSort}
            filterState={pageFilterState({
              text,
              setText,
              panel,
              setPanel,
              empty: EMPTY,
              setPanelOpen,
              reset: paging.reset,
            })}
          />
          <ExportMenu
            module="products"
            filter={filter}
            orderBy={orderBy}
            columns={shownColumnIds(columns, visibility)}
          />
          <Button component={Link} to="/sales/trash?tab=products" variant="default">
            {t('sales.trash')}
          </Button>
          <Button component={Link} to="/products/new">
            {t('common.add')}
          </Button>
        </>
      }
    >
      <ListSearch
        placeholder={t('sales.products.searchPlaceholder')}
        value={text}
        onChange={(next) => {
          setText(next);
          paging.reset();
        }}
        filtersLabel={t('sales.filters')}
        panelOpen={panelOpen}
        onTogglePanel={() => setPanelOpen((o) => !o)}
        criteria={
          (panel.kinds.length ? 1 : 0) + (panel.active !== 'all' ? 1 : 0) + (panel.groupIds.length ? 1 : 0)
        }
      />
      {panelOpen ? (
        <Group gap="sm" align="flex-end">
          <MultiSelect
            label={t('sales.products.fields.kind')}
            data={(['GOODS', 'SERVICE'] as const).map((k) => ({
              value: k,
              label: t(`sales.products.kinds.${k}`),
            }))}
            value={panel.kinds}
            onChange={(kinds) => {
              setPanel({ ...panel, kinds: kinds as ProductKind[] });
              paging.reset();
            }}
            w={240}
          />
          <Select
            label={t('sales.products.fields.active')}
            allowDeselect={false}
            data={(['all', 'active', 'inactive'] as const).map((v) => ({
              value: v,
              label: t(`sales.products.activeFilter.${v}`),
            }))}
            value={panel.active}
            onChange={(v) => {
              setPanel({ ...panel, active: (v ?? 'all') as Panel['active'] });
              paging.reset();
            }}
            w={200}
          />
          <MultiSelect
            label={t('sales.products.fields.group')}
            data={groups.map((g) => ({ value: g.id, label: g.name }))}
            value={panel.groupIds}
            onChange={(groupIds) => {
              setPanel({ ...panel, groupIds });
              paging.reset();
            }}
            w={260}
          />
        </Group>
      ) : null}
      <DataTable
        label={t('sales.products.listLabel')}
        empty={listEmpty({
          what: t('empty.what.products'),
          filtered: Boolean(search) || JSON.stringify(panel) !== JSON.stringify(EMPTY),
          onClearFilters: () => {
            setText('');
            setPanel(EMPTY);
            setPanelOpen(false);
            paging.reset();
          },
          createTo: '/products/new',
          importTo: '/products/import',
        })}
        columns={columns}
        getRowId={(p) => p.id}
        {...pagedTableProps({ connection, loading, error, refetch }, paging, { value: sort, set: setSort })}
        columnVisibility={visibility}
        onColumnVisibilityChange={setVisibility}
        bulkActions={[{ label: t('sales.delete'), color: 'red', onClick: (rows) => remove(rows) }]}
      />
    </Page>
  );
}
