import { Tabs } from '@mantine/core';
import { formatDateTimeVi, formatDateVi, formatVnd } from '@sen/shared';
import type { ColumnDef } from '@tanstack/react-table';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { Page } from '../../../components/page';
import { deletedRows, TrashTable, useTrashQuery, useTrashSearch } from '../../../components/trash-table';
import type {
  OpportunityRowFragment,
  OrderRowFragment,
  ProductRowFragment,
  QuoteRowFragment,
  ReceiptRowFragment,
} from '../../../gql/graphql';
import { OpportunitiesDocument } from '../api/opportunities';
import { usePurgeOrders, useRestoreOrders } from '../api/order-trash';
import { OrdersListDocument } from '../api/orders';
import { ProductsDocument } from '../api/products';
import { usePurgeOpportunities } from '../api/purge-opportunities';
import { usePurgeProducts } from '../api/purge-products';
import { usePurgeQuotes } from '../api/purge-quotes';
import { QuotesDocument } from '../api/quotes';
import { usePurgeReceipts, useRestoreReceipts } from '../api/receipt-trash';
import { ReceiptsListDocument } from '../api/receipts';
import { useRestoreOpportunities } from '../api/restore-opportunities';
import { useRestoreProducts } from '../api/restore-products';
import { useRestoreQuotes } from '../api/restore-quotes';
import { useSalesViewer } from '../api/sales-viewer';

const TABS = ['products', 'opportunities', 'quotes', 'orders', 'receipts'] as const;
type Tab = (typeof TABS)[number];

interface Deleted {
  id: string;
  deletedAt?: string | null;
  owner: { name: string };
}

interface DatedDocument extends Deleted {
  number: string;
  date: string;
  customer: { name: string };
}

/** A dated document's columns (number, date, customer), then the kind's own, then owner and deletion. */
function useDocumentColumns<T extends DatedDocument>(
  labels: { number: string; date: string },
  own: ColumnDef<T>[] = [],
): ColumnDef<T>[] {
  const { t } = useTranslation();
  return [
    { id: 'number', header: labels.number, cell: ({ row }) => row.original.number },
    { id: 'date', header: labels.date, cell: ({ row }) => formatDateVi(row.original.date) },
    { id: 'customer', header: t('sales.fields.customer'), cell: ({ row }) => row.original.customer.name },
    ...own,
    ...useCommonColumns<T>(),
  ];
}

function useCommonColumns<T extends Deleted>(): ColumnDef<T>[] {
  const { t } = useTranslation();
  return [
    { id: 'owner', header: t('sales.fields.owner'), cell: ({ row }) => row.original.owner.name },
    {
      id: 'deletedAt',
      header: t('sales.fields.deletedAt'),
      meta: { nowrap: true },
      cell: ({ row }) => (row.original.deletedAt ? formatDateTimeVi(row.original.deletedAt) : ''),
    },
  ];
}

function ProductsTrash({ admin }: { admin: boolean }) {
  const { t } = useTranslation();
  const trash = useTrashSearch();
  const query = useTrashQuery(ProductsDocument, trash, (d) => d.products, deletedRows);
  const [restore] = useRestoreProducts();
  const [purge] = usePurgeProducts();
  const common = useCommonColumns<ProductRowFragment>();
  return (
    <TrashTable
      label={t('sales.products.title')}
      trash={trash}
      query={query}
      columns={[
        { id: 'code', header: t('sales.products.fields.code'), cell: ({ row }) => row.original.code },
        { id: 'name', header: t('sales.products.fields.name'), cell: ({ row }) => row.original.name },
        ...common,
      ]}
      restore={async (ids) => (await restore({ variables: { ids } })).data?.restoreProducts ?? 0}
      purge={
        admin ? async (ids) => (await purge({ variables: { ids } })).data?.purgeProducts ?? 0 : undefined
      }
    />
  );
}

function OpportunitiesTrash({ admin }: { admin: boolean }) {
  const { t } = useTranslation();
  const trash = useTrashSearch();
  const query = useTrashQuery(OpportunitiesDocument, trash, (d) => d.opportunities, deletedRows);
  const [restore] = useRestoreOpportunities();
  const [purge] = usePurgeOpportunities();
  const common = useCommonColumns<OpportunityRowFragment>();
  return (
    <TrashTable
      label={t('sales.opportunities.title')}
      trash={trash}
      query={query}
      columns={[
        { id: 'code', header: t('sales.opportunities.fields.code'), cell: ({ row }) => row.original.code },
        { id: 'name', header: t('sales.opportunities.fields.name'), cell: ({ row }) => row.original.name },
        { id: 'customer', header: t('sales.fields.customer'), cell: ({ row }) => row.original.customer.name },
        ...common,
      ]}
      restore={async (ids) => (await restore({ variables: { ids } })).data?.restoreOpportunities ?? 0}
      purge={
        admin ? async (ids) => (await purge({ variables: { ids } })).data?.purgeOpportunities ?? 0 : undefined
      }
    />
  );
}

function QuotesTrash({ admin }: { admin: boolean }) {
  const { t } = useTranslation();
  const trash = useTrashSearch();
  const query = useTrashQuery(QuotesDocument, trash, (d) => d.quotes, deletedRows);
  const [restore] = useRestoreQuotes();
  const [purge] = usePurgeQuotes();
  const columns = useDocumentColumns<QuoteRowFragment>({
    number: t('sales.quotes.fields.number'),
    date: t('sales.quotes.fields.date'),
  });
  return (
    <TrashTable
      label={t('sales.quotes.title')}
      trash={trash}
      query={query}
      columns={columns}
      restore={async (ids) => (await restore({ variables: { ids } })).data?.restoreQuotes ?? 0}
      purge={admin ? async (ids) => (await purge({ variables: { ids } })).data?.purgeQuotes ?? 0 : undefined}
    />
  );
}

function OrdersTrash({ admin }: { admin: boolean }) {
  const { t } = useTranslation();
  const trash = useTrashSearch();
  const query = useTrashQuery(OrdersListDocument, trash, (d) => d.orders, deletedRows);
  const [restore] = useRestoreOrders();
  const [purge] = usePurgeOrders();
  const columns = useDocumentColumns<OrderRowFragment>({
    number: t('money.orders.number'),
    date: t('money.orders.date'),
  });
  return (
    <TrashTable
      label={t('sales.orders.title')}
      trash={trash}
      query={query}
      columns={columns}
      restore={async (ids) => (await restore({ variables: { ids } })).data?.restoreOrders ?? 0}
      purge={admin ? async (ids) => (await purge({ variables: { ids } })).data?.purgeOrders ?? 0 : undefined}
    />
  );
}

/** While in the trash a receipt pays nothing; a restore pays its documents again (or is refused). */
function ReceiptsTrash({ admin }: { admin: boolean }) {
  const { t } = useTranslation();
  const trash = useTrashSearch();
  const query = useTrashQuery(ReceiptsListDocument, trash, (d) => d.receipts, deletedRows);
  const [restore] = useRestoreReceipts();
  const [purge] = usePurgeReceipts();
  const columns = useDocumentColumns<ReceiptRowFragment>(
    { number: t('money.receipts.number'), date: t('money.receipts.date') },
    [
      {
        id: 'amount',
        header: t('money.receipts.amount'),
        meta: { nowrap: true },
        cell: ({ row }) => formatVnd(row.original.amount),
      },
    ],
  );
  return (
    <TrashTable
      label={t('sales.receipts.title')}
      trash={trash}
      query={query}
      columns={columns}
      restore={async (ids) => (await restore({ variables: { ids } })).data?.restoreReceipts ?? 0}
      purge={
        admin ? async (ids) => (await purge({ variables: { ids } })).data?.purgeReceipts ?? 0 : undefined
      }
    />
  );
}

function isTab(v: string | null): v is Tab {
  return (TABS as readonly (string | null)[]).includes(v);
}

/** Thùng rác of the sales lists: restored by the owner's side, purged by an admin. */
export function SalesTrashPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const raw = params.get('tab');
  const tab: Tab = isTab(raw) ? raw : 'products';
  const admin = useSalesViewer()?.role === 'ADMIN';
  return (
    <Page title={t('sales.trash')}>
      <Tabs value={tab} onChange={(v) => v && setParams({ tab: v }, { replace: true })} keepMounted={false}>
        <Tabs.List>
          {TABS.map((k) => (
            <Tabs.Tab key={k} value={k}>
              {t(`sales.${k}.title`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="products" pt="md">
          <ProductsTrash admin={admin} />
        </Tabs.Panel>
        <Tabs.Panel value="opportunities" pt="md">
          <OpportunitiesTrash admin={admin} />
        </Tabs.Panel>
        <Tabs.Panel value="quotes" pt="md">
          <QuotesTrash admin={admin} />
        </Tabs.Panel>
        <Tabs.Panel value="orders" pt="md">
          <OrdersTrash admin={admin} />
        </Tabs.Panel>
        <Tabs.Panel value="receipts" pt="md">
          <ReceiptsTrash admin={admin} />
        </Tabs.Panel>
      </Tabs>
    </Page>
  );
}
