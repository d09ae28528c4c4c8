import { z } from 'zod';
import { CUSTOMER_FIELDS } from '../records/customer';
import { inputShapeOf } from '../records/schema';
import { requiredText } from './common';

export const CUSTOMER_KINDS = ['B2B', 'B2C'] as const;
export type CustomerKind = (typeof CUSTOMER_KINDS)[number];

const customerFields = {
  code: z
    .string()
    .transform((s) => s.trim().toUpperCase())
    .pipe(z.union([z.literal(''), z.string().regex(/^[A-Z0-9_.-]{1,30}$/, { error: 'v.code' })]))
    .transform((s) => (s === '' ? null : s))
    .nullish(),
  ...inputShapeOf(CUSTOMER_FIELDS, ['code', 'name']),
};

export const createCustomerSchema = z.object({ name: requiredText(255), ...customerFields });
export type CreateCustomerValues = z.input<typeof createCustomerSchema>;
export type CreateCustomerData = z.output<typeof createCustomerSchema>;

export const updateCustomerSchema = z.object({
  name: requiredText(255).optional(),
  ...customerFields,
  version: z.number().int(),
});
export type UpdateCustomerValues = z.input<typeof updateCustomerSchema>;
export type UpdateCustomerData = z.output<typeof updateCustomerSchema>;

export const categoryNameSchema = z.object({ name: requiredText(120) });
