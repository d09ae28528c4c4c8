import { z } from 'zod';
import { CAMPAIGN_MEMBER_STATUSES } from '../state/campaign-member';
import { isoDate, requiredText, tooLong } from './common';
import { optionalEmail, optionalPhone, optionalText } from './fields';

/** VND, whole đồng, at most 18 digits; `1.250.000` and `1 250 000` are read as 1250000. */
export const moneyField = z
  .union([z.string(), z.number()])
  .transform((v, ctx) => {
    const s = String(v).replace(/[.\s,₫]/g, '');
    if (s === '') {
      return null;
    }
    if (!/^\d{1,18}$/.test(s)) {
      ctx.addIssue({ code: 'custom', message: 'v.money' });
      return z.NEVER;
    }
    return s.replace(/^0+(?=\d)/, '');
  })
  .nullish();

export const campaignExpenseSchema = z.object({
  item: requiredText(255),
  amount: z.union([z.string(), z.number()]).transform((v, ctx) => {
    const s = String(v).replace(/[.\s,₫]/g, '');
    if (!/^\d{1,18}$/.test(s)) {
      ctx.addIssue({ code: 'custom', message: 'v.money' });
      return z.NEVER;
    }
    return s.replace(/^0+(?=\d)/, '');
  }),
  date: isoDate.nullish(),
});

/** CMP-10 (b): key of the automatic call (0–9, * or #) → the status it asks for. */
export const campaignKeyMappingSchema = z.object({
  key: z
    .string()
    .trim()
    .regex(/^[0-9*#]$/, { error: 'v.key' }),
  status: z.enum(CAMPAIGN_MEMBER_STATUSES),
});

const keyMapField = z
  .array(campaignKeyMappingSchema)
  .max(12, { error: 'v.tooMany' })
  .refine((list) => new Set(list.map((k) => k.key)).size === list.length, { error: 'v.keyDuplicate' });

const campaignFields = {
  code: z
    .string()
    .transform((s) => s.normalize('NFC').trim())
    .pipe(
      z
        .string()
        .max(50, tooLong(50))
        .regex(/^[\p{L}\p{N}_.-]*$/u, { error: 'v.code' }),
    )
    .transform((s) => (s === '' ? null : s))
    .nullish(),
  type: optionalText(120),
  endDate: isoDate.nullish(),
  executorId: z.string().nullish(),
  description: optionalText(5000),
  goals: optionalText(5000),
  budget: moneyField,
  expectedRevenue: moneyField,
  actualRevenue: moneyField,
  expenses: z.array(campaignExpenseSchema).max(200, { error: 'v.tooMany' }).optional(),
  keyMap: keyMapField.optional(),
};

const endAfterStart = (v: { startDate?: string | null; endDate?: string | null }) =>
  !v.startDate || !v.endDate || v.endDate >= v.startDate;

export const createCampaignSchema = z
  .object({
    name: requiredText(255),
    startDate: z.string({ error: 'v.required' }).pipe(isoDate),
    ...campaignFields,
  })
  .refine(endAfterStart, { error: 'v.endBeforeStart', path: ['endDate'] });
export type CreateCampaignValues = z.input<typeof createCampaignSchema>;
export type CreateCampaignData = z.output<typeof createCampaignSchema>;

export const updateCampaignSchema = z
  .object({
    name: requiredText(255).optional(),
    startDate: isoDate.optional(),
    ...campaignFields,
    version: z.number().int(),
  })
  .refine(endAfterStart, { error: 'v.endBeforeStart', path: ['endDate'] });
export type UpdateCampaignValues = z.input<typeof updateCampaignSchema>;
export type UpdateCampaignData = z.output<typeof updateCampaignSchema>;

/** CMP-10 (a): the public form. A phone or an e-mail is needed to find the customer again. */
export const campaignRegistrationSchema = z
  .object({
    name: requiredText(255),
    phone: optionalPhone,
    email: optionalEmail,
    company: optionalText(255),
    note: optionalText(1000),
  })
  .refine((v) => Boolean(v.phone || v.email), { error: 'v.phoneOrEmail', path: ['phone'] });
export type CampaignRegistrationValues = z.input<typeof campaignRegistrationSchema>;
export type CampaignRegistrationData = z.output<typeof campaignRegistrationSchema>;
