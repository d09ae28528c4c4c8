import { z } from 'zod';
import { CONTRACT_STATUSES, ORDER_STATUSES } from '../state/sales';
import { isoDate, requiredText } from './common';
import { moneyField } from './campaign';
import { optionalId, optionalText } from './fields';
import { documentLineSchema, linesField, requiredId, requiredMoney } from './sales';

export const PAYMENT_METHODS = ['CASH', 'TRANSFER', 'CASH_OR_TRANSFER'] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];
export const PAYMENT_METHOD_LABEL: Readonly<Record<PaymentMethod, { vi: string; en: string }>> = {
  CASH: { vi: 'Tiền mặt', en: 'Cash' },
  TRANSFER: { vi: 'Chuyển khoản', en: 'Bank transfer' },
  CASH_OR_TRANSFER: { vi: 'Tiền mặt/Chuyển khoản', en: 'Cash or transfer' },
};

const paymentMethod = z.enum(PAYMENT_METHODS, { error: 'v.invalid' }).nullish();

/** Money above zero (a receipt, an instalment). */
const positiveMoney = requiredMoney.refine((s) => BigInt(s) > 0n, { error: 'v.amountPositive' });

// ---------------------------------------------------------------- invoices (SAL-06)

const invoiceFields = {
  dueDate: isoDate.nullish(),
  paymentMethod,
  notes: optionalText(5000),
  eInvoiceSymbol: optionalText(20),
  eInvoiceNumber: optionalText(20),
  ownerId: optionalId,
};

function dueAfterDate(v: { date?: string | null; dueDate?: string | null }, ctx: z.RefinementCtx) {
  if (v.date && v.dueDate && v.dueDate < v.date) {
    ctx.addIssue({ code: 'custom', path: ['dueDate'], message: 'v.dueBeforeDate' });
  }
}

/** From a customer (lines required), or from a contract or an order (its lines copied when none given). */
export const createInvoiceSchema = z
  .object({
    customerId: optionalId,
    contractId: optionalId,
    orderId: optionalId,
    date: isoDate,
    lines: linesField.optional(),
    ...invoiceFields,
  })
  .superRefine((v, ctx) => {
    dueAfterDate(v, ctx);
    if (!v.customerId && !v.contractId && !v.orderId) {
      ctx.addIssue({ code: 'custom', path: ['customerId'], message: 'v.required' });
    }
    if (!v.contractId && !v.orderId && !v.lines) {
      ctx.addIssue({ code: 'custom', path: ['lines'], message: 'v.linesRequired' });
    }
  });
export type CreateInvoiceValues = z.input<typeof createInvoiceSchema>;
export type CreateInvoiceData = z.output<typeof createInvoiceSchema>;

export const updateInvoiceSchema = z
  .object({
    date: isoDate.optional(),
    lines: linesField.optional(),
    ...invoiceFields,
    version: z.number().int(),
  })
  .superRefine(dueAfterDate);
export type UpdateInvoiceData = z.output<typeof updateInvoiceSchema>;

export const cancelInvoiceSchema = z.object({ reason: requiredText(1000), version: z.number().int() });

// ---------------------------------------------------------------- receipts (SAL-07)

export const receiptAllocationSchema = z
  .object({
    invoiceId: optionalId,
    orderId: optionalId,
    instalmentId: optionalId,
    amount: positiveMoney,
  })
  .superRefine((a, ctx) => {
    const targets = [a.invoiceId, a.orderId, a.instalmentId].filter(Boolean).length;
    if (targets !== 1) {
      ctx.addIssue({ code: 'custom', path: ['invoiceId'], message: 'v.allocationTarget' });
    }
  });

const receiptFields = {
  customerId: requiredId,
  date: isoDate,
  amount: positiveMoney,
  method: paymentMethod,
  note: optionalText(2000),
  ownerId: optionalId,
  allocations: z.array(receiptAllocationSchema).max(200, { error: 'v.tooMany' }).default([]),
};

/** Allocations above the receipt's amount are refused at the amount. */
function allocationsWithinAmount(
  v: { amount: string; allocations: { amount: string }[] },
  ctx: z.RefinementCtx,
) {
  if (v.allocations.some((a) => !a.amount)) {
    return;
  }
  const sum = v.allocations.reduce((s, a) => s + BigInt(a.amount), 0n);
  if (v.amount && sum > BigInt(v.amount)) {
    ctx.addIssue({ code: 'custom', path: ['amount'], message: 'v.allocationsAboveAmount' });
  }
}

export const createReceiptSchema = z.object(receiptFields).superRefine(allocationsWithinAmount);
export type CreateReceiptValues = z.input<typeof createReceiptSchema>;
export type CreateReceiptData = z.output<typeof createReceiptSchema>;

/** An edit: the same fields, the allocations replaced as a whole (what they paid is taken back first). */
export const updateReceiptSchema = z
  .object({ ...receiptFields, version: z.number().int() })
  .superRefine(allocationsWithinAmount);
export type UpdateReceiptData = z.output<typeof updateReceiptSchema>;

// ---------------------------------------------------------------- contracts (SAL-04)

/** A contract may have no lines: its plain value is then its total. */
const contractLines = z.array(documentLineSchema).max(500, { error: 'v.tooMany' }).optional();

export const instalmentSchema = z.object({ id: optionalId, dueDate: isoDate, amount: positiveMoney });

const contractFields = {
  contactId: optionalId,
  quoteId: optionalId,
  opportunityId: optionalId,
  signedOn: isoDate.nullish(),
  validFrom: isoDate.nullish(),
  validTo: isoDate.nullish(),
  value: moneyField,
  signed: z.boolean().optional(),
  moveToSignedGroup: z.boolean().optional(),
  terms: optionalText(10000),
  ownerId: optionalId,
  instalments: z.array(instalmentSchema).max(120, { error: 'v.tooMany' }).optional(),
};

function validPeriod(v: { validFrom?: string | null; validTo?: string | null }, ctx: z.RefinementCtx) {
  if (v.validFrom && v.validTo && v.validTo < v.validFrom) {
    ctx.addIssue({ code: 'custom', path: ['validTo'], message: 'v.validToBeforeFrom' });
  }
}

export const createContractSchema = z
  .object({
    number: optionalText(50),
    customerId: requiredId,
    lines: contractLines,
    status: z.enum(CONTRACT_STATUSES).optional(),
    ...contractFields,
  })
  .superRefine(validPeriod);
export type CreateContractValues = z.input<typeof createContractSchema>;
export type CreateContractData = z.output<typeof createContractSchema>;

export const updateContractSchema = z
  .object({
    number: optionalText(50),
    customerId: requiredId.optional(),
    lines: contractLines,
    status: z.enum(CONTRACT_STATUSES).optional(),
    ...contractFields,
    version: z.number().int(),
  })
  .superRefine(validPeriod);
export type UpdateContractData = z.output<typeof updateContractSchema>;

// ---------------------------------------------------------------- orders (SAL-05)

const orderFields = {
  contactId: optionalId,
  quoteId: optionalId,
  contractId: optionalId,
  deliveryAddress: optionalText(500),
  deliveryDate: isoDate.nullish(),
  notes: optionalText(5000),
  ownerId: optionalId,
};

export const createOrderSchema = z.object({
  customerId: requiredId,
  date: isoDate,
  lines: linesField,
  ...orderFields,
});
export type CreateOrderValues = z.input<typeof createOrderSchema>;

export const updateOrderSchema = z.object({
  customerId: requiredId.optional(),
  date: isoDate.optional(),
  lines: linesField.optional(),
  status: z.enum(ORDER_STATUSES).optional(),
  ...orderFields,
  version: z.number().int(),
});
export type UpdateOrderValues = z.input<typeof updateOrderSchema>;
