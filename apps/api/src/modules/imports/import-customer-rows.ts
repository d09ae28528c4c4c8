import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import { scopeCustomers } from '../customer/customer-access';
import { cellText } from './import-cells';
import type { ImportOptions, ImportRow } from './import-module';

type Scope = (qb: SelectQueryBuilder<never>, alias: string) => SelectQueryBuilder<never>;

/**
 * The part of an import session whose rows name their customer by its code (contacts, contracts):
 * the customer is looked up among those the caller may see, as the form's customer picker does,
 * and a refused `customerId` is reported under the file's `customerCode`.
 */
export abstract class CustomerRowsSession {
  protected constructor(protected readonly options: ImportOptions) {}

  errorField(field: string): string {
    return field === 'customerId' ? 'customerCode' : field;
  }

  /** The live customers the rows' codes name, by code, among those the caller may see. */
  protected async customersByCode(m: EntityManager, rows: ImportRow[]): Promise<Map<string, string>> {
    const codes = [
      ...new Set(rows.map((r) => cellText(r.raw.customerCode)?.trim().toUpperCase()).filter(Boolean)),
    ] as string[];
    if (codes.length === 0) {
      return new Map();
    }
    const qb = m
      .createQueryBuilder()
      .select('c.id', 'id')
      .addSelect('c.code', 'code')
      .from('customer', 'c')
      .where('c.code = ANY(:codes::text[])', { codes })
      .andWhere('c.deleted_at IS NULL');
    const found: { id: string; code: string }[] = await scopeCustomers(
      qb,
      'c',
      this.options.caller,
      'view',
    ).getRawMany();
    return new Map(found.map((f) => [f.code, f.id]));
  }

  /** The row's customer; a code none of `customers` has (or none, when `required`) is the row's error. */
  protected customerOf(
    row: ImportRow,
    customers: Map<string, string>,
    required: boolean,
  ): string | undefined {
    const code = cellText(row.raw.customerCode)?.trim().toUpperCase();
    const customerId = code ? customers.get(code) : undefined;
    if (!code && required) {
      row.errors.push({ field: 'customerCode', message: 'v.required' });
    } else if (code && !customerId) {
      row.errors.push({ field: 'customerCode', message: 'import.unknownCustomer', params: { value: code } });
    }
    return customerId;
  }

  /** The live records of `table` among `ids` that the caller may edit, by the module's `scope`. */
  protected async editableIn(
    m: EntityManager,
    table: string,
    ids: string[],
    scope: Scope,
  ): Promise<Set<string>> {
    const qb = m
      .createQueryBuilder()
      .select('t.id', 'id')
      .from(table, 't')
      .where('t.id = ANY(:ids::uuid[])', { ids })
      .andWhere('t.deleted_at IS NULL');
    const rows: { id: string }[] = await scope(qb as SelectQueryBuilder<never>, 't').getRawMany();
    return new Set(rows.map((r) => r.id));
  }
}
