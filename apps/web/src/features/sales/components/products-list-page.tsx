import { Badge, Button, MultiSelect, Select } from '@mantine/core';
import { formatVnd, VAT_RATE_LABEL } from '@sen/shared';
import type { ColumnDef } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  ChoiceFilter,
  linkColumn,
  ListPage,
  useListState,
  usePagedQuery,
} from '../../../components/list-page';
import type { ProductFilter, ProductKind, ProductRowFragment, ProductSortField } from '../../../gql/graphql';
import { useDeleteProducts } from '../api/delete-products';
import { useProductGroups } from '../api/product-groups';
import { ProductsDocument } from '../api/products';
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

const PRODUCT_KINDS: readonly ProductKind[] = ['GOODS', 'SERVICE'];

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
  const list = useListState({
    emptyPanel: EMPTY,
    sort: { field: 'code', direction: 'ASC' },
    visibility: { description: false, createdAt: false },
  });
  const { panel } = list;
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
  const filter = toFilter(panel, list.search);
  const orderBy = list.orderBy(SORT_FIELDS);
  const query = usePagedQuery(ProductsDocument, { filter, orderBy }, list.paging, (d) => d.products);

  const columns = useMemo<ColumnDef<ProductRowFragment>[]>(
    () => [
      linkColumn<ProductRowFragment>(
        'code',
        t('sales.products.fields.code'),
        (p) => `/products/${p.id}`,
        (p) => p.code,
      ),
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
    <ListPage
      title={t('sales.products.title')}
      module="products"
      list={list}
      query={query}
      columns={columns}
      getRowId={(p) => p.id}
      tableLabel={t('sales.products.listLabel')}
      searchPlaceholder={t('sales.products.searchPlaceholder')}
      leading={
        <Button component={Link} to="/products/import" variant="default">
          {t('imports.import')}
        </Button>
      }
      exportFile={{ filter, orderBy, columns: true }}
      trailing={
        <Button component={Link} to="/sales/trash?tab=products" variant="default">
          {t('sales.trash')}
        </Button>
      }
      createTo="/products/new"
      empty={{ what: t('empty.what.products'), importTo: '/products/import' }}
      bulkActions={[{ label: t('sales.delete'), color: 'red', onClick: (rows) => remove(rows) }]}
      filters={
        <>
          <ChoiceFilter
            label={t('sales.products.fields.kind')}
            options={PRODUCT_KINDS}
            optionLabel={(k) => t(`sales.products.kinds.${k}`)}
            {...list.bind('kinds')}
            width={240}
          />
          <Select
            label={t('sales.products.fields.active')}
            allowDeselect={false}
            data={(['all', 'active', 'inactive'] as const).map((v) => ({
              value: v,
              label: t(`sales.products.activeFilter.${v}`),
            }))}
            value={panel.active}
            onChange={(v) => list.patch({ active: (v ?? 'all') as Panel['active'] })}
            w={200}
          />
          <MultiSelect
            label={t('sales.products.fields.group')}
            data={groups.map((g) => ({ value: g.id, label: g.name }))}
            {...list.bind('groupIds')}
            w={260}
          />
        </>
      }
    />
  );
}
