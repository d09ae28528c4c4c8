import type { ExportModule } from './export-filter';
import {
  CUSTOMER_FIELDS,
  entries,
  fileKey,
  formatDateVi,
  IMPORT_FIELDS,
  optionLabel,
  type FieldSpec,
  type Locale,
} from '@sen/shared';
import type { Contact } from '../contact/contact.entity';
import type { Customer } from '../customer/customer.entity';

/** Names of related records for a batch of rows (owners, categories, customers). */
export interface Lookups {
  users: Map<string, string>;
  categories: Map<string, string>;
  customers: Map<string, { code: string; name: string }>;
}

/** The fields an export reads: selected by name, no entity built (see `EXPORT_SELECT`). */
export type CustomerExportRow = Omit<Customer, 'updatedAt' | 'deletedAt' | 'version' | 'createdAt'> & {
  groupNames: string | null;
  /** Already `dd/MM/yyyy HH:mm` in Vietnam. */
  createdAt: string;
};
export type ContactExportRow = Omit<
  Contact,
  'updatedAt' | 'deletedAt' | 'version' | 'isPrimary' | 'statusId' | 'createdAt'
> & { createdAt: string };

/** The creation time as the lists show it, formatted by the database (no Date per row in Node). */
const createdVi = (alias: string) =>
  `to_char(${alias}.created_at AT TIME ZONE 'Asia/Ho_Chi_Minh', 'DD/MM/YYYY HH24:MI')`;

/** Row field → SQL over the list's own alias (`c` customers, `t` contacts); dates as `YYYY-MM-DD`. */
export const EXPORT_SELECT = {
  customers: {
    id: 'c.id',
    // Every declared column, a calendar day as `YYYY-MM-DD`; the created time as the lists show it.
    ...Object.fromEntries(
      entries(CUSTOMER_FIELDS)
        .filter(([key, f]) => f.column && key !== 'createdAt')
        .map(([key, f]) => [key, f.kind === 'date' ? `c.${f.column}::text` : `c.${f.column}`]),
    ),
    createdAt: createdVi('c'),
    groupNames: `(SELECT string_agg(k.name, ', ' ORDER BY k.name)
                    FROM customer_group cg JOIN category k ON k.id = cg.group_id WHERE cg.customer_id = c.id)`,
  } as Record<keyof CustomerExportRow, string>,
  contacts: {
    id: 't.id',
    customerId: 't.customer_id',
    name: 't.name',
    title: 't.title',
    gender: 't.gender',
    mobile: 't.mobile',
    email: 't.email',
    birthday: 't.birthday::text',
    address: 't.address',
    notes: 't.notes',
    ownerId: 't.owner_id',
    createdAt: createdVi('t'),
  } satisfies Record<keyof ContactExportRow, string>,
};

export interface ExportColumn<T> {
  key: string;
  vi: string;
  en: string;
  value(row: T, l: Lookups, locale: Locale): string;
}

const GENDER = {
  vi: { MALE: 'Nam', FEMALE: 'Nữ', OTHER: 'Khác' },
  en: { MALE: 'Male', FEMALE: 'Female', OTHER: 'Other' },
};

const s = (v: string | null | undefined) => v ?? '';
const day = (v: string | null) => (v ? formatDateVi(v) : '');

/** Headers are the import's own labels, so an exported file imports back without mapping. */
function header(module: ExportModule, field: string): { vi: string; en: string } {
  const f = IMPORT_FIELDS[module].find((x) => x.field === field)!;
  return { vi: f.vi, en: f.en };
}

const col = <T>(
  module: ExportModule,
  key: string,
  value: ExportColumn<T>['value'],
  label?: { vi: string; en: string },
): ExportColumn<T> => ({ key, ...(label ?? header(module, key)), value });

const CREATED = { vi: 'Ngày tạo', en: 'Created on' };

/** A declared customer field's cell: its value as the list shows it, a name for an id. */
function customerCell(key: string, f: FieldSpec): ExportColumn<CustomerExportRow>['value'] {
  const raw = (c: CustomerExportRow) => (c as unknown as Record<string, unknown>)[key];
  switch (f.kind) {
    case 'date':
      return (c) => day(raw(c) as string | null);
    case 'enum':
      return (c, _, l) => optionLabel(f, raw(c) as string, l);
    case 'category':
      return (c, l) => s(raw(c) ? l.categories.get(raw(c) as string) : null);
    case 'categories':
      return (c) => s(c.groupNames);
    case 'tags':
      return (c) => (raw(c) as string[]).join(', ');
    case 'user':
      return (c, l) => s(l.users.get(raw(c) as string));
    default:
      return (c) => s(raw(c) as string | null);
  }
}

/** The declared fields' columns, headed as the import reads them (an export imports back without mapping). */
export const CUSTOMER_COLUMNS: ExportColumn<CustomerExportRow>[] = entries(CUSTOMER_FIELDS)
  .filter(([, f]) => f.file)
  .map(([key, f]) => ({ key: fileKey(key, f), ...(f.file?.header ?? f.label), value: customerCell(key, f) }));

export const CONTACT_COLUMNS: ExportColumn<ContactExportRow>[] = [
  col('contacts', 'name', (c) => c.name),
  col('contacts', 'title', (c) => s(c.title)),
  col('contacts', 'gender', (c, _, l) => (c.gender ? GENDER[l][c.gender] : '')),
  col('contacts', 'mobile', (c) => s(c.mobile)),
  col('contacts', 'email', (c) => s(c.email)),
  col('contacts', 'birthday', (c) => day(c.birthday)),
  col('contacts', 'address', (c) => s(c.address)),
  col('contacts', 'customerCode', (c, l) => s(c.customerId && l.customers.get(c.customerId)?.code)),
  col('contacts', 'customer', (c, l) => s(c.customerId && l.customers.get(c.customerId)?.name), {
    vi: 'Tên khách hàng',
    en: 'Customer name',
  }),
  col('contacts', 'notes', (c) => s(c.notes)),
  col('contacts', 'owner', (c, l) => s(l.users.get(c.ownerId))),
  col('contacts', 'createdAt', (c) => c.createdAt, CREATED),
];

/** `columns=code,name,email` (the list's visible columns), in that order; all by default. */
export function pickColumns<C extends { key: string }>(all: C[], wanted: unknown): C[] {
  if (typeof wanted !== 'string' || wanted.trim() === '') {
    return all;
  }
  const byKey = new Map(all.map((c) => [c.key, c]));
  const picked = [...new Set(wanted.split(',').map((k) => k.trim()))]
    .map((k) => byKey.get(k))
    .filter((c): c is C => c !== undefined);
  return picked.length > 0 ? picked : all;
}
