import { AppError, CUSTOMER_KINDS, CUSTOMER_LEVELS, GENDERS } from '@sen/shared';

/** The lists that export through this service (contracts import, and export elsewhere). */
export const EXPORT_MODULES = ['customers', 'contacts'] as const;
export type ExportModule = (typeof EXPORT_MODULES)[number];
export const isExportModule = (value: string): value is ExportModule =>
  (EXPORT_MODULES as readonly string[]).includes(value);
import { z } from 'zod';

const text = z.string().max(500).nullish();
const ids = z.array(z.string().max(64)).max(500).nullish();
const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .nullish();

/** The list's filter objects (CustomerFilter / ContactFilter of the API), checked like GraphQL would. */
const FILTERS = {
  customers: z.strictObject({
    search: text,
    levels: z.array(z.enum(CUSTOMER_LEVELS)).nullish(),
    groupIds: ids,
    labels: z.array(z.string().max(50)).max(50).nullish(),
    ownerIds: ids,
    kind: z.enum(CUSTOMER_KINDS).nullish(),
    code: text,
    name: text,
    email: text,
    phone: text,
    taxCode: text,
    officeAddress: text,
    businessAddress: text,
    industryIds: ids,
    scaleIds: ids,
    sourceIds: ids,
    createdFrom: day,
    createdTo: day,
    deleted: z.boolean().nullish(),
  }),
  contacts: z.strictObject({
    search: text,
    name: text,
    title: text,
    gender: z.enum(GENDERS).nullish(),
    customerId: z.string().max(64).nullish(),
    mobile: text,
    email: text,
    ownerIds: ids,
    deleted: z.boolean().nullish(),
  }),
} as const;

export function parseExportFilter(module: ExportModule, raw: unknown): Record<string, unknown> {
  if (raw === undefined || raw === '') {
    return {};
  }
  let value: unknown;
  try {
    value = typeof raw === 'string' ? JSON.parse(raw) : raw;
  } catch {
    throw new AppError('BAD_USER_INPUT', { messageKey: 'import.badFilter' });
  }
  const parsed = FILTERS[module].safeParse(value ?? {});
  if (!parsed.success) {
    throw new AppError('BAD_USER_INPUT', { messageKey: 'import.badFilter' });
  }
  return parsed.data;
}
