import { z } from 'zod';
import { lineProblems, type LineProblem } from '../sales/totals';
import { VAT_RATES } from '../sales/vat';
import { OPPORTUNITY_STAGES, QUOTE_STATUSES } from '../state/sales';
import { isoDate, requiredText } from './common';
import { moneyField } from './campaign';
import { optionalId, optionalText } from './fields';

export const PRODUCT_KINDS = ['GOODS', 'SERVICE'] as const;
export type ProductKind = (typeof PRODUCT_KINDS)[number];

/** Where a quote converts to (API.md `DocumentTarget`). */
export const DOCUMENT_TARGETS = ['CONTRACT', 'ORDER', 'INVOICE'] as const;
export type DocumentTarget = (typeof DOCUMENT_TARGETS)[number];

export const requiredId = z.string({ error: 'v.required' }).min(1, { error: 'v.required' });

/** A product code: letters, digits and . _ - /, compared without case. */
const productCode = z
  .string({ error: 'v.required' })
  .transform((s) => s.normalize('NFC').trim())
  .pipe(
    z
      .string()
      .min(1, { error: 'v.required' })
      .max(30, { error: 'v.code' })
      .regex(/^[\p{L}\p{N}_./-]+$/u, { error: 'v.code' }),
  );

/** Required money: whole đồng, `45.000.000` and `45 000 000 ₫` read as 45000000. */
export const requiredMoney = z
  .union([z.string(), z.number()], { error: 'v.required' })
  .transform((v, ctx) => {
    const s = String(v).replace(/[.\s,₫]/g, '');
    if (s === '') {
      ctx.addIssue({ code: 'custom', message: 'v.required' });
      return z.NEVER;
    }
    if (!/^\d{1,18}$/.test(s)) {
      ctx.addIssue({ code: 'custom', message: 'v.money' });
      return z.NEVER;
    }
    return s.replace(/^0+(?=\d)/, '');
  });

/** A decimal as the API carries it (`"2.5"`; a comma is read as the decimal mark): canonical text. */
const decimalText = (scale: number, message: string) =>
  z.union([z.string(), z.number()]).transform((v, ctx) => {
    const text = String(v).trim().replace(',', '.');
    if (text === '') {
      return null;
    }
    const m = /^(\d{1,14})(?:\.(\d+))?$/.exec(text);
    if (!m || (m[2] ?? '').replace(/0+$/, '').length > scale) {
      ctx.addIssue({ code: 'custom', message });
      return z.NEVER;
    }
    const fraction = (m[2] ?? '').replace(/0+$/, '');
    return `${m[1].replace(/^0+(?=\d)/, '')}${fraction ? `.${fraction}` : ''}`;
  });

const PROBLEM_MESSAGE: Record<LineProblem, string> = {
  quantityNotPositive: 'v.quantity',
  unitPriceNegative: 'v.money',
  discountPercentRange: 'v.percent',
  discountAmountRange: 'v.discountAboveAmount',
  notANumber: 'v.invalid',
};

/**
 * A document line (API.md `DocumentLineInput`). The name, unit and VAT rate default from the
 * product; a free-text line names itself and its rate. Amounts a client sends are ignored.
 */
export const documentLineSchema = z
  .object({
    productId: optionalId,
    productName: optionalText(500),
    unit: optionalText(50),
    quantity: decimalText(4, 'v.quantity').pipe(z.string({ error: 'v.required' })),
    unitPrice: requiredMoney,
    discountPercent: decimalText(4, 'v.percent').nullish(),
    discountAmount: moneyField,
    vatRate: z.enum(VAT_RATES, { error: 'v.invalid' }).nullish(),
  })
  .superRefine((line, ctx) => {
    if (!line.productId && !line.productName) {
      ctx.addIssue({ code: 'custom', path: ['productName'], message: 'v.required' });
    }
    if (!line.productId && !line.vatRate) {
      ctx.addIssue({ code: 'custom', path: ['vatRate'], message: 'v.required' });
    }
    for (const { field, problem } of lineProblems({ ...line, vatRate: line.vatRate ?? 'ZERO' })) {
      ctx.addIssue({ code: 'custom', path: [field], message: PROBLEM_MESSAGE[problem] });
    }
  });
export type DocumentLineValues = z.input<typeof documentLineSchema>;
export type DocumentLineData = z.output<typeof documentLineSchema>;

export const linesField = z
  .array(documentLineSchema)
  .min(1, { error: 'v.linesRequired' })
  .max(500, { error: 'v.tooMany' });

// ---------------------------------------------------------------- products (SAL-01)

const productFields = {
  kind: z.enum(PRODUCT_KINDS).optional(),
  price: moneyField,
  vatRate: z.enum(VAT_RATES).optional(),
  groupId: optionalId,
  active: z.boolean().optional(),
  description: optionalText(5000),
};

export const createProductSchema = z.object({
  code: productCode,
  name: requiredText(255),
  unit: requiredText(50),
  ...productFields,
});
export type CreateProductValues = z.input<typeof createProductSchema>;
export type CreateProductData = z.output<typeof createProductSchema>;

export const updateProductSchema = z.object({
  code: productCode.optional(),
  name: requiredText(255).optional(),
  unit: requiredText(50).optional(),
  ...productFields,
  version: z.number().int(),
});
export type UpdateProductData = z.output<typeof updateProductSchema>;

// ---------------------------------------------------------------- opportunities (SAL-02)

const probability = z
  .number({ error: 'v.probability' })
  .int({ error: 'v.probability' })
  .min(0, { error: 'v.probability' })
  .max(100, { error: 'v.probability' });

const opportunityFields = {
  contactId: optionalId,
  stage: z.enum(OPPORTUNITY_STAGES).optional(),
  probability: probability.nullish(),
  expectedValue: moneyField,
  expectedCloseDate: isoDate.nullish(),
  sourceId: optionalId,
  lostReason: optionalText(1000),
  description: optionalText(5000),
  ownerId: optionalId,
};

function lostNeedsReason(v: { stage?: string | null; lostReason?: string | null }, ctx: z.RefinementCtx) {
  if (v.stage === 'LOST' && !v.lostReason) {
    ctx.addIssue({ code: 'custom', path: ['lostReason'], message: 'v.lostReasonRequired' });
  }
}

export const createOpportunitySchema = z
  .object({ name: requiredText(255), customerId: requiredId, ...opportunityFields })
  .superRefine(lostNeedsReason);
export type CreateOpportunityValues = z.input<typeof createOpportunitySchema>;
export type CreateOpportunityData = z.output<typeof createOpportunitySchema>;

export const updateOpportunitySchema = z.object({
  name: requiredText(255).optional(),
  customerId: requiredId.optional(),
  ...opportunityFields,
  version: z.number().int(),
});
export type UpdateOpportunityData = z.output<typeof updateOpportunitySchema>;

/** Dragging a card: LOST asks for the reason (API.md `moveOpportunity`). */
export const moveOpportunitySchema = z
  .object({
    stage: z.enum(OPPORTUNITY_STAGES),
    version: z.number().int(),
    lostReason: optionalText(1000),
  })
  .superRefine(lostNeedsReason);
export type MoveOpportunityValues = z.input<typeof moveOpportunitySchema>;

// ---------------------------------------------------------------- quotes (SAL-03)

function validAfterDate(v: { date?: string | null; validUntil?: string | null }, ctx: z.RefinementCtx) {
  if (v.date && v.validUntil && v.validUntil < v.date) {
    ctx.addIssue({ code: 'custom', path: ['validUntil'], message: 'v.validUntilBeforeDate' });
  }
}

const quoteFields = {
  validUntil: isoDate.nullish(),
  contactId: optionalId,
  opportunityId: optionalId,
  terms: optionalText(10000),
  ownerId: optionalId,
};

export const createQuoteSchema = z
  .object({
    customerId: requiredId,
    date: isoDate,
    lines: linesField,
    ...quoteFields,
  })
  .superRefine(validAfterDate);
export type CreateQuoteValues = z.input<typeof createQuoteSchema>;
export type CreateQuoteData = z.output<typeof createQuoteSchema>;

export const updateQuoteSchema = z
  .object({
    customerId: requiredId.optional(),
    date: isoDate.optional(),
    lines: linesField.optional(),
    ...quoteFields,
    version: z.number().int(),
  })
  .superRefine(validAfterDate);
export type UpdateQuoteData = z.output<typeof updateQuoteSchema>;

export const setQuoteStatusSchema = z.object({
  status: z.enum(QUOTE_STATUSES),
  version: z.number().int(),
});
