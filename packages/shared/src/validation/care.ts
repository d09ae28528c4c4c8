import { z } from 'zod';
import { isoDate, requiredText } from './common';
import { labelsField, optionalId, optionalText } from './fields';

/** A care card's code: letters, digits and . _ - /; blank → drawn from the CARE_CARD numbering. */
const careCode = z
  .string()
  .transform((s) => s.normalize('NFC').trim())
  .pipe(
    z
      .string()
      .max(30, { error: 'v.code' })
      .regex(/^[\p{L}\p{N}_./-]*$/u, { error: 'v.code' }),
  )
  .transform((s) => (s === '' ? null : s))
  .nullish();

/** Where a card leads to (API.md `CareTarget`). */
export const CARE_TARGETS = ['OPPORTUNITY', 'QUOTE', 'ORDER'] as const;
export type CareTarget = (typeof CARE_TARGETS)[number];

/** The care fields counted by the quick statistics (API.md `careCardStats`). */
export const CARE_STAT_FIELDS = ['channel', 'satisfaction'] as const;
export type CareStatField = (typeof CARE_STAT_FIELDS)[number];

const careFields = {
  orderId: optionalId,
  ownerId: optionalId,
  unitId: optionalId,
  careDate: isoDate.nullish(),
  channel: optionalText(100),
  satisfaction: optionalText(100),
  result: optionalText(2000),
  notes: optionalText(5000),
  tags: labelsField,
};

/** CARE-01: code (or drawn), customer and order number are required. */
export const createCareCardSchema = z.object({
  code: careCode,
  customerId: z.string({ error: 'v.required' }).min(1, { error: 'v.required' }),
  orderNumber: requiredText(50),
  ...careFields,
});
export type CreateCareCardValues = z.input<typeof createCareCardSchema>;
export type CreateCareCardData = z.output<typeof createCareCardSchema>;

export const updateCareCardSchema = z.object({
  code: careCode,
  customerId: z.string().min(1, { error: 'v.required' }).optional(),
  orderNumber: requiredText(50).optional(),
  ...careFields,
  version: z.number().int(),
});
export type UpdateCareCardData = z.output<typeof updateCareCardSchema>;
