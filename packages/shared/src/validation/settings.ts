import { z } from 'zod';
import { optionalEmail, optionalText } from './fields';
import { tooLong } from './common';

const days = z.number().int().min(0, { error: 'v.invalid' }).max(365, { error: 'v.invalid' });

/** PAR-01..04. */
export const systemParametersSchema = z.object({
  companyName: optionalText(255),
  senderEmail: optionalEmail,
  customerCodeMode: z.enum(['AUTO', 'MANUAL']).optional(),
  customerCodePrefix: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9_-]{0,10}$/, { error: 'v.code' })
    .optional(),
  customerCodeWidth: z
    .number()
    .int()
    .min(1, { error: 'v.invalid' })
    .max(12, { error: 'v.invalid' })
    .optional(),
  createdDateMode: z.enum(['AUTO', 'MANUAL']).optional(),
  taskReminderDays: days.optional(),
  anniversaryReminderDays: days.optional(),
  contactBirthdayReminderDays: days.optional(),
  contractExpiryReminderDays: days.optional(),
  paymentReminderDays: days.optional(),
  smtpHost: optionalText(255),
  smtpPort: z.number().int().min(1, { error: 'v.invalid' }).max(65535, { error: 'v.invalid' }).nullish(),
  smtpSecure: z.boolean().optional(),
  smtpUser: optionalText(255),
  /** Write-only: never read back; an empty string clears it. */
  smtpPassword: z.string().max(255, tooLong(255)).nullish(),
  version: z.number().int().optional(),
});
export type SystemParametersValues = z.input<typeof systemParametersSchema>;

/** A document kind's number format (API.md `updateDocumentNumbering`). */
export const documentNumberingSchema = z.object({
  prefix: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9_-]{0,10}$/, { error: 'v.code' }),
  width: z.number().int().min(1, { error: 'v.invalid' }).max(12, { error: 'v.invalid' }),
});
