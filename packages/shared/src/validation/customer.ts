import { z } from 'zod';
import { CUSTOMER_LEVELS } from '../state';
import { isoDate, requiredText } from './common';
import {
  labelsField,
  optionalEmail,
  optionalId,
  optionalPhone,
  optionalTaxCode,
  optionalText,
} from './fields';

export const CUSTOMER_KINDS = ['B2B', 'B2C'] as const;
export type CustomerKind = (typeof CUSTOMER_KINDS)[number];

const customerFields = {
  code: z
    .string()
    .transform((s) => s.trim().toUpperCase())
    .pipe(z.union([z.literal(''), z.string().regex(/^[A-Z0-9_.-]{1,30}$/, { error: 'v.code' })]))
    .transform((s) => (s === '' ? null : s))
    .nullish(),
  kind: z.enum(CUSTOMER_KINDS).optional(),
  level: z.enum(CUSTOMER_LEVELS).optional(),
  email: optionalEmail,
  phone: optionalPhone,
  fax: optionalPhone,
  taxCode: optionalTaxCode,
  website: optionalText(255),
  officeAddress: optionalText(500),
  businessAddress: optionalText(500),
  foundedOn: isoDate.nullish(),
  groupIds: z.array(z.string()).max(50).optional(),
  labels: labelsField,
  description: optionalText(5000),
  ownerId: optionalId,
  industryId: optionalId,
  scaleId: optionalId,
  sourceId: optionalId,
  createdAt: z.coerce.date({ error: 'v.date' }).nullish(),
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
