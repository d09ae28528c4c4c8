import type { ExportModule } from './export-filter';
import { CUSTOMER_LEVEL_VI, formatDateVi, IMPORT_FIELDS, type CustomerLevel, type Locale } from '@sen/shared';
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
    code: 'c.code',
    name: 'c.name',
    kind: 'c.kind',
    level: 'c.level',
    email: 'c.email',
    phone: 'c.phone',
    fax: 'c.fax',
    taxCode: 'c.tax_code',
    website: 'c.website',
    officeAddress: 'c.office_address',
    businessAddress: 'c.business_address',
    foundedOn: 'c.founded_on::text',
    description: 'c.description',
    industryId: 'c.industry_id',
    scaleId: 'c.scale_id',
    sourceId: 'c.source_id',
    labels: 'c.labels',
    ownerId: 'c.owner_id',
    createdAt: createdVi('c'),
    groupNames: `(SELECT string_agg(k.name, ', ' ORDER BY k.name)
                    FROM customer_group cg JOIN category k ON k.id = cg.group_id WHERE cg.customer_id = c.id)`,
  } satisfies Record<keyof CustomerExportRow, string>,
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

const LEVEL_EN: Record<CustomerLevel, string> = {
  NEW: 'New',
  INTERESTED: 'Interested',
  APPROACHED: 'Approached',
  SIGNED: 'Signed',
  PAUSED: 'Paused',
  OTHER: 'Other',
};
const KIND = {
  vi: { B2B: 'Doanh nghiệp (B2B)', B2C: 'Cá nhân (B2C)' },
  en: { B2B: 'Business (B2B)', B2C: 'Person (B2C)' },
};
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

export const CUSTOMER_COLUMNS: ExportColumn<CustomerExportRow>[] = [
  col('customers', 'code', (c) => c.code),
  col('customers', 'name', (c) => c.name),
  col('customers', 'kind', (c, _, l) => KIND[l][c.kind]),
  col('customers', 'level', (c, _, l) => (l === 'en' ? LEVEL_EN[c.level] : CUSTOMER_LEVEL_VI[c.level])),
  col('customers', 'email', (c) => s(c.email)),
  col('customers', 'phone', (c) => s(c.phone)),
  col('customers', 'fax', (c) => s(c.fax)),
  col('customers', 'taxCode', (c) => s(c.taxCode)),
  col('customers', 'website', (c) => s(c.website)),
  col('customers', 'officeAddress', (c) => s(c.officeAddress)),
  col('customers', 'businessAddress', (c) => s(c.businessAddress)),
  col('customers', 'foundedOn', (c) => day(c.foundedOn)),
  col('customers', 'industry', (c, l) => s(c.industryId && l.categories.get(c.industryId))),
  col('customers', 'scale', (c, l) => s(c.scaleId && l.categories.get(c.scaleId))),
  col('customers', 'source', (c, l) => s(c.sourceId && l.categories.get(c.sourceId))),
  col('customers', 'groups', (c) => s(c.groupNames)),
  col('customers', 'labels', (c) => c.labels.join(', ')),
  col('customers', 'description', (c) => s(c.description)),
  col('customers', 'owner', (c, l) => s(l.users.get(c.ownerId))),
  col('customers', 'createdAt', (c) => c.createdAt, CREATED),
];

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
