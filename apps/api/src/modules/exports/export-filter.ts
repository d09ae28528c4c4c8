import { AppError, CUSTOMER_FIELDS, CUSTOMER_LEVELS, entries, GENDERS } from '@sen/shared';

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

/** The customer list's declared filters (`CUSTOMER_FIELDS[*].filter`), by their API names. */
function declaredFilters(): Record<string, z.ZodType> {
  const shape: Record<string, z.ZodType> = {};
  for (const [key, f] of entries(CUSTOMER_FIELDS)) {
    const filter = f.filter;
    switch (filter?.mode) {
      case 'text':
        shape[key] = text;
        break;
      case 'equals':
        shape[key] = z.enum(Object.keys(f.options ?? {}) as [string, ...string[]]).nullish();
        break;
      case 'in':
        shape[filter.key] =
          f.kind === 'category' || f.kind === 'categories' || f.kind === 'user'
            ? ids
            : z.array(z.string().max(100)).max(100).nullish();
        break;
      case 'dateRange':
        shape[filter.from] = day;
        shape[filter.to] = day;
        break;
      case undefined:
        break;
    }
  }
  return shape;
}

/** The list's filter objects (CustomerFilter / ContactFilter of the API), checked like GraphQL would. */
const FILTERS = {
  customers: z.strictObject({
    search: text,
    levels: z.array(z.enum(CUSTOMER_LEVELS)).nullish(),
    ...declaredFilters(),
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
