import { useMutation, useQuery } from '@apollo/client/react';
import { ActionIcon, Anchor, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  createReceiptSchema,
  type CreateReceiptData,
  formatDateVi,
  formatVnd,
  PAYMENT_METHODS,
  vietnamDay,
  type PaymentMethod,
} from '@sen/shared';
import type { ColumnDef } from '@tanstack/react-table';
import { useEffect, useMemo, useRef } from 'react';
import { useFieldArray, useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { z } from 'zod';
import { DateField, Form, FormActions, MoneyField, SelectField, TextareaField } from '../../components/form';
import {
  ChoiceFilter,
  dateColumn,
  DateRangeFilter,
  ListPage,
  useListState,
  usePagedQuery,
} from '../../components/list-page';
import { Page } from '../../components/page';
import type {
  MoneyPayableInvoicesQuery,
  ReceiptFilter,
  ReceiptRowFragment,
  ReceiptSortField,
} from '../../gql/graphql';
import { CustomerPickerField } from '../sales/components/customer-picker-field';
import { useDeleteAction } from '../sales/hooks/use-delete-action';
import {
  CreateReceiptDocument,
  DeleteReceiptsDocument,
  PayableInvoicesDocument,
  ReceiptsListDocument,
} from './api';
import { ownerColumn } from './columns';

const SORT_FIELDS: Record<string, ReceiptSortField> = {
  number: 'NUMBER',
  date: 'DATE',
  amount: 'AMOUNT',
};

interface Panel {
  methods: PaymentMethod[];
  dateFrom: string | null;
  dateTo: string | null;
}

const EMPTY: Panel = { methods: [], dateFrom: null, dateTo: null };

/** What a receipt paid: its invoices, orders and contract instalments, as links. */
function Allocations({ receipt }: { receipt: ReceiptRowFragment }) {
  const { t } = useTranslation();
  return (
    <Stack gap={2}>
      {receipt.allocations.map((a) => {
        const target = a.invoice
          ? {
              to: `/invoices/${a.invoice.id}`,
              text: t('sales.documents.title.invoice', { number: a.invoice.number }),
            }
          : a.order
            ? {
                to: `/orders/${a.order.id}`,
                text: t('sales.documents.title.order', { number: a.order.number }),
              }
            : null;
        return (
          <Text key={a.id} size="sm" style={{ whiteSpace: 'nowrap' }}>
            {target ? (
              <Anchor component={Link} to={target.to} size="sm">
                {target.text}
              </Anchor>
            ) : (
              t('money.receipts.instalment', { n: a.instalment?.position ?? '' })
            )}
            {`: ${formatVnd(a.amount)}`}
          </Text>
        );
      })}
    </Stack>
  );
}

/** Bán hàng → Phiếu thu (SAL-07, seed 004 "Quản lý Phiếu thu"): search, method and dates, export. */
export function ReceiptsListPage() {
  const { t } = useTranslation();
  const list = useListState({
    emptyPanel: EMPTY,
    sort: { field: 'date', direction: 'DESC' },
    visibility: { note: false, owner: false },
  });
  const { panel } = list;
  const filter: ReceiptFilter = list.filter;
  const orderBy = list.orderBy(SORT_FIELDS);
  const query = usePagedQuery(ReceiptsListDocument, { filter, orderBy }, list.paging, (d) => d.receipts);
  const [deleteReceipts] = useMutation(DeleteReceiptsDocument, { refetchQueries: [ReceiptsListDocument] });
  const remove = useDeleteAction<ReceiptRowFragment>(
    async (ids) => (await deleteReceipts({ variables: { ids } })).data?.deleteReceipts ?? 0,
    {
      title: t('money.receipts.delete'),
      one: (r) => t('money.receipts.deleteOne', { number: r.number }),
      many: (count) => t('money.receipts.deleteMany', { count }),
      done: (count) => t('money.receipts.deleted', { count }),
    },
    (r) => r.id,
  );
  const columns = useMemo<ColumnDef<ReceiptRowFragment>[]>(
    () => [
      {
        id: 'number',
        header: t('money.receipts.number'),
        enableSorting: true,
        enableHiding: false,
        meta: { nowrap: true },
        cell: ({ row }) => (
          <Text size="sm" fw={500}>
            {row.original.number}
          </Text>
        ),
      },
      dateColumn<ReceiptRowFragment>('date', t('money.receipts.date'), (r) => r.date, { sortable: true }),
      {
        id: 'customer',
        header: t('sales.fields.customer'),
        meta: { width: 220 },
        cell: ({ row }) => (
          <Anchor component={Link} to={`/customers/${row.original.customer.id}`} size="sm">
            {row.original.customer.name}
          </Anchor>
        ),
      },
      {
        id: 'amount',
        header: t('money.receipts.amount'),
        enableSorting: true,
        meta: { nowrap: true },
        cell: ({ row }) => formatVnd(row.original.amount),
      },
      {
        id: 'method',
        header: t('money.receipts.method'),
        cell: ({ row }) => (row.original.method ? t(`money.receipts.methods.${row.original.method}`) : ''),
      },
      {
        id: 'allocations',
        header: t('money.receipts.allocations'),
        cell: ({ row }) => <Allocations receipt={row.original} />,
      },
      { id: 'note', header: t('money.receipts.note'), cell: ({ row }) => row.original.note ?? '' },
      ownerColumn<ReceiptRowFragment>(t),
    ],
    [t],
  );
  return (
    <ListPage
      title={t('money.receipts.title')}
      module="receipts"
      list={list}
      query={query}
      columns={columns}
      searchPlaceholder={t('money.receipts.searchPlaceholder')}
      exportFile={{ filter, orderBy, columns: true }}
      createTo="/receipts/new"
      empty={{ what: t('empty.what.receipts') }}
      bulkActions={[{ label: t('sales.delete'), color: 'red', onClick: (rows) => remove(rows) }]}
      filters={
        <>
          <ChoiceFilter
            label={t('money.receipts.method')}
            options={PAYMENT_METHODS}
            optionLabel={(m) => t(`money.receipts.methods.${m}`)}
            value={panel.methods}
            onChange={(methods) => list.patch({ methods })}
          />
          <DateRangeFilter
            from={panel.dateFrom}
            to={panel.dateTo}
            onChange={({ from, to }) => list.patch({ dateFrom: from, dateTo: to })}
          />
        </>
      }
    />
  );
}

type Payable = MoneyPayableInvoicesQuery['invoices']['nodes'][number];

/** A new allocation pays all the invoice still owes. */
const allocationOf = (i: Payable) => ({ invoiceId: i.id, amount: i.outstanding, outstanding: i.outstanding });

/** The invoices a receipt pays: each still owing, each amount at most what it owes (SAL-07). */
function AllocationsEditor({ payable }: { payable: Payable[] }) {
  const { t } = useTranslation();
  const { control, setValue } = useFormContext();
  const { fields, append, remove } = useFieldArray({ control, name: 'allocations' });
  const chosen = (useWatch({ name: 'allocations' }) ?? []) as {
    invoiceId: string | null;
    amount: string | null;
  }[];
  const amount = (useWatch({ name: 'amount' }) ?? null) as string | null;
  const sum = chosen.reduce((s, a) => s + BigInt(a.amount || 0), 0n).toString();
  // The receipt's amount follows what is allocated until the user types one of their own.
  const followed = useRef<string | null>(null);
  useEffect(() => {
    if (sum !== '0' && sum !== amount && (amount === null || amount === followed.current)) {
      followed.current = sum;
      setValue('amount', sum, { shouldValidate: amount !== null });
    }
  }, [sum, amount, setValue]);
  const byId = new Map(payable.map((i) => [i.id, i]));
  const unpicked = payable.filter((i) => !chosen.some((a) => a.invoiceId === i.id));
  const label = (i: Payable) =>
    `${i.number} · ${formatDateVi(i.date)} · ${t('money.outstanding')} ${formatVnd(i.outstanding)}`;
  return (
    <Paper withBorder p="sm">
      <Group justify="space-between" mb="xs">
        <Title order={3} size="h5">
          {t('money.receipts.invoices')}
        </Title>
        <Button
          size="xs"
          variant="light"
          disabled={unpicked.length === 0}
          onClick={() => append(allocationOf(unpicked[0]))}
        >
          {t('money.receipts.addInvoice')}
        </Button>
      </Group>
      {payable.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('money.receipts.noPayable')}
        </Text>
      ) : null}
      {fields.map((f, i) => {
        const picked = byId.get(chosen[i]?.invoiceId ?? '');
        return (
          <Group key={f.id} align="flex-start" gap="sm" mb="xs" wrap="wrap">
            <SelectField
              name={`allocations.${i}.invoiceId`}
              label={t('money.receipts.invoice', { n: i + 1 })}
              required
              w={340}
              data={payable
                .filter((p) => p.id === chosen[i]?.invoiceId || !chosen.some((a) => a.invoiceId === p.id))
                .map((p) => ({ value: p.id, label: label(p) }))}
              onOptionSubmit={(id) => {
                const next = byId.get(id);
                if (next) {
                  setValue(`allocations.${i}`, allocationOf(next), { shouldValidate: true });
                }
              }}
            />
            <MoneyField
              name={`allocations.${i}.amount`}
              label={t('money.receipts.allocationAmount', { n: i + 1 })}
              description={picked ? `${t('money.outstanding')}: ${formatVnd(picked.outstanding)}` : undefined}
              required
            />
            <ActionIcon
              variant="subtle"
              color="red"
              mt={28}
              aria-label={t('money.receipts.removeInvoice', { n: i + 1 })}
              onClick={() => remove(i)}
            >
              ×
            </ActionIcon>
          </Group>
        );
      })}
    </Paper>
  );
}

/** The customer's open invoices, once a customer is chosen. */
function usePayableInvoices(customerId: string | null) {
  const { data } = useQuery(PayableInvoicesDocument, {
    variables: { customerId: customerId ?? '' },
    skip: !customerId,
    fetchPolicy: 'cache-and-network',
  });
  return customerId ? (data?.invoices.nodes ?? []) : [];
}

function ReceiptFields() {
  const { t } = useTranslation();
  const { setValue } = useFormContext();
  const customerId = (useWatch({ name: 'customerId' }) as string | null) || null;
  const payable = usePayableInvoices(customerId);
  return (
    <>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <CustomerPickerField
          name="customerId"
          label={t('sales.fields.customer')}
          required
          onPicked={() => setValue('allocations', [])}
        />
        <DateField name="date" label={t('money.receipts.date')} required />
        <MoneyField name="amount" label={t('money.receipts.amount')} required />
        <SelectField
          name="method"
          label={t('money.receipts.method')}
          data={PAYMENT_METHODS.map((m) => ({ value: m, label: t(`money.receipts.methods.${m}`) }))}
        />
      </SimpleGrid>
      {customerId ? <AllocationsEditor payable={payable} /> : null}
      <TextareaField name="note" label={t('money.receipts.note')} />
    </>
  );
}

/**
 * The form's receipt: each allocation also carries what its invoice still owes, so an amount above
 * it is refused at its field; the rest is the shared `createReceiptSchema` (the server checks again).
 */
const owedCheck = z.looseObject({
  allocations: z.array(
    z.looseObject({ amount: z.string().nullish(), outstanding: z.string() }).superRefine((a, ctx) => {
      if (a.amount && /^\d+$/.test(a.amount) && BigInt(a.amount) > BigInt(a.outstanding)) {
        ctx.addIssue({ code: 'custom', path: ['amount'], message: 'v.allocationAboveOutstanding' });
      }
    }),
  ),
});
// The check only looks: what it passes on is the shared schema's input, unchanged.
const receiptFormSchema = owedCheck.pipe(
  createReceiptSchema as unknown as z.ZodType<CreateReceiptData, z.output<typeof owedCheck>>,
);

/** Tạo phiếu thu: a customer, the amount, and the invoices it pays (none: an advance on account). */
export function ReceiptCreatePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [create] = useMutation(CreateReceiptDocument);
  return (
    <Page title={t('money.receipts.add')}>
      <Paper withBorder p="md" maw={900}>
        <Form
          schema={receiptFormSchema}
          label={t('money.receipts.add')}
          defaultValues={{
            customerId: params.get('customerId') ?? '',
            date: vietnamDay(new Date()),
            amount: null,
            method: 'TRANSFER',
            note: null,
            allocations: [],
          }}
          onSubmit={async (input) => {
            const { data } = await create({ variables: { input } });
            notifications.show({
              color: 'teal',
              message: t('money.receipts.created', { number: data!.createReceipt.number }),
            });
            await navigate('/receipts');
          }}
        >
          <ReceiptFields />
          <FormActions mode="create" onBack={() => void navigate('/receipts')} />
        </Form>
      </Paper>
    </Page>
  );
}
