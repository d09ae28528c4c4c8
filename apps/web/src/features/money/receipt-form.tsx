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
import { PayableInvoicesDocument } from './api';

/** An invoice a receipt may pay: what it still owes (beside what this very receipt pays it). */
export interface PayableInvoice {
  id: string;
  number: string;
  date: string;
  outstanding: string;
}

/**
 * One allocation as the form holds it: its target, the amount, and what the target may take
 * (`outstanding`), so an amount above it is refused at its field. An order or an instalment (kept
 * from the receipt as it was) carries its `label`; only invoices are picked here.
 */
export interface AllocationValue {
  invoiceId?: string | null;
  orderId?: string | null;
  instalmentId?: string | null;
  amount: string | null;
  outstanding: string;
  label?: string;
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

/** A new allocation pays all the invoice still owes. */
const allocationOf = (i: PayableInvoice): AllocationValue => ({
  invoiceId: i.id,
  amount: i.outstanding,
  outstanding: i.outstanding,
});

/** The invoices a receipt pays: each still owing, each amount at most what it owes (SAL-07). */
function AllocationsEditor({ payable }: { payable: PayableInvoice[] }) {
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
  const byId = new Map(payable.map((i) => [i.id, i]));
  const unpicked = payable.filter((i) => !chosen.some((a) => a.invoiceId === i.id));
  const label = (i: PayableInvoice) =>
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
      {payable.length === 0 && fields.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('money.receipts.noPayable')}
        </Text>
      ) : null}
      {fields.map((f, i) => {
        const row = chosen[i];
        const picked = byId.get(row?.invoiceId ?? '');
        const owed = picked?.outstanding ?? row?.outstanding;
        return (
          <Group key={f.id} align="flex-start" gap="sm" mb="xs" wrap="wrap">
            {row?.invoiceId || !row?.label ? (
              <SelectField
                name={`allocations.${i}.invoiceId`}
                label={t('money.receipts.invoice', { n: i + 1 })}
                required
                w={340}
                data={payable
                  .filter((p) => p.id === row?.invoiceId || !chosen.some((a) => a.invoiceId === p.id))
                  .map((p) => ({ value: p.id, label: label(p) }))}
                onOptionSubmit={(id) => {
                  const next = byId.get(id);
                  if (next) {
                    setValue(`allocations.${i}`, allocationOf(next), { shouldValidate: true });
                  }
                }}
              />
            ) : (
              <Text size="sm" w={340} mt={30}>
                {row.label}
              </Text>
            )}
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

/**
 * The customer's open invoices, once a customer is chosen; with those this receipt already pays
 * (`own`), each owing what it owes now plus what the receipt paid it.
 */
function usePayableInvoices(customerId: string | null, own: readonly PayableInvoice[]): PayableInvoice[] {
  const { data } = useQuery(PayableInvoicesDocument, {
    variables: { customerId: customerId ?? '' },
    skip: !customerId,
    fetchPolicy: 'cache-and-network',
  });
  if (!customerId) {
    return [];
  }
  const open = data?.invoices.nodes ?? [];
  const mine = new Map(own.map((i) => [i.id, i]));
  return [...own, ...open.filter((i) => !mine.has(i.id))];
}

function ReceiptFields({ customerFixed, own }: { customerFixed: boolean; own: readonly PayableInvoice[] }) {
  const { t } = useTranslation();
  const { setValue } = useFormContext();
  const customerId = (useWatch({ name: 'customerId' }) as string | null) || null;
  const payable = usePayableInvoices(customerId, own);
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
  /** The invoices the receipt pays as it was (an edit), each with what it may take. */
  own?: readonly PayableInvoice[];
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
