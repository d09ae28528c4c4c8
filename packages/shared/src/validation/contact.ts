import { z } from 'zod';
import { isoDate, requiredText } from './common';
import { optionalEmail, optionalId, optionalPhone, optionalText } from './fields';

export const GENDERS = ['MALE', 'FEMALE', 'OTHER'] as const;
export type Gender = (typeof GENDERS)[number];

const contactFields = {
  customerId: optionalId,
  title: optionalText(120),
  gender: z.enum(GENDERS).nullish(),
  mobile: optionalPhone,
  email: optionalEmail,
  birthday: isoDate.nullish(),
  address: optionalText(500),
  isPrimary: z.boolean().optional(),
  notes: optionalText(5000),
  statusId: optionalId,
  ownerId: optionalId,
};

export const createContactSchema = z.object({ name: requiredText(255), ...contactFields });
export type CreateContactValues = z.input<typeof createContactSchema>;
export type CreateContactData = z.output<typeof createContactSchema>;

export const updateContactSchema = z.object({
  name: requiredText(255).optional(),
  ...contactFields,
  version: z.number().int(),
});
export type UpdateContactValues = z.input<typeof updateContactSchema>;
export type UpdateContactData = z.output<typeof updateContactSchema>;
