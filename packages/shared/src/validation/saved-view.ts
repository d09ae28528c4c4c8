import { z } from 'zod';
import { requiredText } from './common';

/**
 * The lists that keep saved views (CARE-04, X-03), by their plural route names; the singular forms
 * stay accepted (API.md "Module names").
 */
export const VIEW_MODULES = [
  'customers',
  'contacts',
  'activities',
  'campaigns',
  'products',
  'opportunities',
  'quotes',
  'contracts',
  'orders',
  'invoices',
  'receipts',
  'debts',
  'care-cards',
] as const;
export type ViewModule = (typeof VIEW_MODULES)[number];

const SINGULAR: Record<string, ViewModule> = {
  customer: 'customers',
  contact: 'contacts',
  activity: 'activities',
  campaign: 'campaigns',
  product: 'products',
  opportunity: 'opportunities',
  quote: 'quotes',
  contract: 'contracts',
  order: 'orders',
  invoice: 'invoices',
  receipt: 'receipts',
  debt: 'debts',
  'care-card': 'care-cards',
  careCard: 'care-cards',
  careCards: 'care-cards',
};

/** The plural module name of `name`, or null when no list by that name keeps views. */
export function viewModule(name: string): ViewModule | null {
  return (VIEW_MODULES as readonly string[]).includes(name) ? (name as ViewModule) : (SINGULAR[name] ?? null);
}

/** The largest filter or sort a view keeps, as JSON text: a list's whole filter panel fits in far less. */
export const VIEW_JSON_MAX = 16 * 1024;

const jsonObject = z
  .record(z.string(), z.unknown(), { error: 'v.viewJson' })
  .refine((v) => JSON.stringify(v).length <= VIEW_JSON_MAX, { error: 'v.viewTooLarge' });

export const saveViewSchema = z.object({
  module: z.string().transform((m, ctx) => {
    const module = viewModule(m);
    if (!module) {
      ctx.addIssue({ code: 'custom', message: 'v.viewModule' });
      return z.NEVER;
    }
    return module;
  }),
  name: requiredText(100),
  filter: jsonObject.nullish().transform((v) => v ?? {}),
  columns: z
    .array(z.string().trim().min(1).max(60), { error: 'v.invalid' })
    .max(60, { error: 'v.invalid' })
    .nullish()
    .transform((v) => [...new Set(v ?? [])]),
  orderBy: z
    .union([jsonObject, z.array(jsonObject).max(5)], { error: 'v.viewJson' })
    .nullish()
    .refine((v) => v == null || JSON.stringify(v).length <= VIEW_JSON_MAX, { error: 'v.viewTooLarge' })
    .transform((v) => v ?? null),
  shared: z
    .boolean()
    .nullish()
    .transform((v) => v ?? false),
});
export type SaveViewValues = z.output<typeof saveViewSchema>;
