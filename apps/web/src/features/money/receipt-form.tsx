import { useQuery } from '@apollo/client/react';
import { ActionIcon, Button, Group, Paper, SimpleGrid, Text, Title } from '@mantine/core';
import {
  createReceiptSchema,
  formatDateVi,
  formatVnd,
  PAYMENT_METHODS,
  updateReceiptSchema,
  type CreateReceiptData,
  type PaymentMethod,
  type UpdateReceiptData,
} from '@sen/shared';
import { useEffect, useRef } from 'react';
import { useFieldArray, useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { DateField, Form, FormActions, MoneyField, SelectField, TextareaField } from '../../components/form';
import { CustomerPickerField } from '../sales/components/customer-picker-field';
import { PayableDocumentsDocument } from './api';

/** What a receipt pays: an invoice, an order, or an instalment of a contract's payment schedule. */
export type PayableKind = 'invoice' | 'order' | 'instalment';

/**
 * A document a receipt may pay and what it still owes (beside what this very receipt pays it); an
 * instalment carries its contract's number, its position and due date.
 */
export interface Payable {
  kind: PayableKind;
  id: string;
  number?: string;
  date: string;
  position?: number;
  outstanding: string;
}

const FIELD = { invoice: 'invoiceId', order: 'orderId', instalment: 'instalmentId' } as const;

/** The picker's value of a document: kind and id (an order and an invoice may not share a choice). */
export const targetOf = (kind: PayableKind, id: string) => `${kind}:${id}`;

/**
 * One allocation as the form holds it: its target (one of the three ids, and `target` for the
 * picker), the amount, and what the target may take (`outstanding`), so an amount above it is
 * refused at its field.
 */
export interface AllocationValue {
  target: string;
  invoiceId?: string | null;
  orderId?: string | null;
  instalmentId?: string | null;
  amount: string | null;
  outstanding: string;
}

export interface ReceiptFormValues {
  customerId: string;
  date: string;
  amount: string | null;
  method: PaymentMethod | null;
  note: string | null;
  allocations: AllocationValue[];
  version?: number;
}

/** A new allocation pays all the document still owes. */
const allocationOf = (p: Payable): AllocationValue => ({
  target: targetOf(p.kind, p.id),
  [FIELD[p.kind]]: p.id,
  amount: p.outstanding,
  outstanding: p.outstanding,
});

/** The documents a receipt pays: each still owing, each amount at most what it owes (SAL-07). */
function AllocationsEditor({ payable }: { payable: Payable[] }) {
  const { t } = useTranslation();
  const { control, setValue } = useFormContext();
  const { fields, append, remove } = useFieldArray({ control, name: 'allocations' });
  const chosen = (useWatch({ name: 'allocations' }) ?? []) as AllocationValue[];
  const amount = (useWatch({ name: 'amount' }) ?? null) as string | null;
  const sum = chosen.reduce((s, a) => s + BigInt(a.amount || 0), 0n).toString();
  // The receipt's amount follows what is allocated (as it does from the start when the two agree)
  // until the user types one of their own.
  const followed = useRef<string | null>(sum === amount ? amount : null);
  useEffect(() => {
    if (sum !== '0' && sum !== amount && (amount === null || amount === followed.current)) {
      followed.current = sum;
      setValue('amount', sum, { shouldValidate: amount !== null });
    }
  }, [sum, amount, setValue]);
  const byTarget = new Map(payable.map((p) => [targetOf(p.kind, p.id), p]));
  const unpicked = payable.filter((p) => !chosen.some((a) => a.target === targetOf(p.kind, p.id)));
  const label = (p: Payable) =>
    [
      p.kind === 'instalment'
        ? `${t('sales.documents.title.contract', { number: p.number ?? '' })} · ${t('money.receipts.instalment', { n: p.position })}`
        : t(`sales.documents.title.${p.kind}`, { number: p.number ?? '' }),
      formatDateVi(p.date),
      `${t('money.outstanding')} ${formatVnd(p.outstanding)}`,
    ].join(' · ');
  return (
    <Paper withBorder p="sm">
      <Group justify="space-between" mb="xs">
        <Title order={3} size="h5">
          {t('money.receipts.documents')}
        </Title>
        <Button
          size="xs"
          variant="light"
          disabled={unpicked.length === 0}
          onClick={() => append(allocationOf(unpicked[0]))}
        >
          {t('money.receipts.addDocument')}
        </Button>
      </Group>
      {payable.length === 0 && fields.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('money.receipts.noPayable')}
        </Text>
      ) : null}
      {fields.map((f, i) => {
        const row = chosen[i];
        const owed = byTarget.get(row?.target ?? '')?.outstanding ?? row?.outstanding;
        return (
          <Group key={f.id} align="flex-start" gap="sm" mb="xs" wrap="wrap">
            <SelectField
              name={`allocations.${i}.target`}
              label={t('money.receipts.document', { n: i + 1 })}
              required
              w={420}
              data={payable
                .filter((p) => targetOf(p.kind, p.id) === row?.target || unpicked.includes(p))
                .map((p) => ({ value: targetOf(p.kind, p.id), label: label(p) }))}
              onOptionSubmit={(target) => {
                const next = byTarget.get(target);
                if (next) {
                  setValue(`allocations.${i}`, allocationOf(next), { shouldValidate: true });
                }
              }}
            />
            <MoneyField
              name={`allocations.${i}.amount`}
              label={t('money.receipts.allocationAmount', { n: i + 1 })}
              description={owed ? `${t('money.outstanding')}: ${formatVnd(owed)}` : undefined}
              required
            />
            <ActionIcon
              variant="subtle"
              color="red"
              mt={28}
              aria-label={t('money.receipts.removeDocument', { n: i + 1 })}
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

/**
 * What the customer still owes on, once a customer is chosen (open invoices, unpaid orders, open
 * instalments); with what this receipt already pays (`own`), each owing what it owes now plus what
 * the receipt paid it.
 */
function usePayable(customerId: string | null, own: readonly Payable[]): Payable[] {
  const { data } = useQuery(PayableDocumentsDocument, {
    variables: { customerId: customerId ?? '' },
    skip: !customerId,
    fetchPolicy: 'cache-and-network',
  });
  if (!customerId) {
    return [];
  }
  const open: Payable[] = [
    ...(data?.invoices.nodes ?? []).map((i) => ({ kind: 'invoice' as const, ...i })),
    ...(data?.orders.nodes ?? []).map((o) => ({ kind: 'order' as const, ...o })),
    ...(data?.contracts.nodes ?? []).flatMap((c) =>
      c.instalments
        .filter((s) => BigInt(s.outstanding) > 0n)
        .map((s) => ({
          kind: 'instalment' as const,
          id: s.id,
          number: c.number,
          position: s.position,
          date: s.dueDate,
          outstanding: s.outstanding,
        })),
    ),
  ];
  const mine = new Set(own.map((p) => targetOf(p.kind, p.id)));
  return [...own, ...open.filter((p) => !mine.has(targetOf(p.kind, p.id)))];
}

function ReceiptFields({ customerFixed, own }: { customerFixed: boolean; own: readonly Payable[] }) {
  const { t } = useTranslation();
  const { setValue } = useFormContext();
  const customerId = (useWatch({ name: 'customerId' }) as string | null) || null;
  const payable = usePayable(customerId, own);
  return (
    <>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {customerFixed ? null : (
          <CustomerPickerField
            name="customerId"
            label={t('sales.fields.customer')}
            required
            onPicked={() => setValue('allocations', [])}
          />
        )}
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
 * The form's receipt: each allocation also carries what its document may take, so an amount above
 * it is refused at its field; the rest is the shared schema (the server checks again).
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
const createFormSchema = owedCheck.pipe(
  createReceiptSchema as unknown as z.ZodType<CreateReceiptData, z.output<typeof owedCheck>>,
);
const updateFormSchema = owedCheck.pipe(
  updateReceiptSchema as unknown as z.ZodType<UpdateReceiptData, z.output<typeof owedCheck>>,
);

type ReceiptFormProps = {
  label: string;
  defaultValues: ReceiptFormValues;
  onBack: () => void;
  /** The customer is given (a receipt for one invoice): no picker. */
  customerFixed?: boolean;
  /** The documents the receipt pays as it was (an edit, an invoice's payment), each with what it may take. */
  own?: readonly Payable[];
} & (
  | { mode: 'create'; onSubmit: (values: CreateReceiptData) => Promise<unknown> }
  | { mode: 'edit'; onSubmit: (values: UpdateReceiptData) => Promise<unknown> }
);

/** Phiếu thu, new or edited: one form wherever a payment is recorded (SAL-07). */
export function ReceiptForm(props: ReceiptFormProps) {
  const { label, defaultValues, onBack, customerFixed = false, own = [] } = props;
  // One form for both: the schema of the mode, whose output is what that mode's `onSubmit` takes.
  const schema = props.mode === 'create' ? createFormSchema : updateFormSchema;
  return (
    <Form
      schema={schema as typeof updateFormSchema}
      label={label}
      defaultValues={defaultValues as never}
      onSubmit={props.onSubmit as (values: UpdateReceiptData) => Promise<unknown>}
    >
      <ReceiptFields customerFixed={customerFixed} own={own} />
      <FormActions mode={props.mode} onBack={onBack} />
    </Form>
  );
}
