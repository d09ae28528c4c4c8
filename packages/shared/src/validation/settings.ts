import { z } from 'zod';
import { optionalEmail, optionalText } from './fields';

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
  version: z.number().int().optional(),
});
export type SystemParametersValues = z.input<typeof systemParametersSchema>;
