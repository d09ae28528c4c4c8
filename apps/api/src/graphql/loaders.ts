import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { Category, type CustomerGroup } from '../modules/category/category.entity';
import { Contact } from '../modules/contact/contact.entity';
import { scopeCustomers } from '../modules/customer/customer-access';
import type { PreloadedCustomer } from '../modules/customer/customer-query.service';
import { Customer, type CustomerLookupHit } from '../modules/customer/customer.entity';
import { Department } from '../modules/user/department.entity';
import { User } from '../modules/user/user.entity';
import type { AuthUser } from '../core/caller';
import { createSalesLoaders } from '../modules/sales/sales-loaders';

function byId<T extends { id: string }>(load: (ids: string[]) => Promise<T[]>) {
  return new DataLoader<string, T | null>(async (ids) => {
    const rows = await load([...ids]);
    const map = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => map.get(id) ?? null);
  });
}

function grouped<T>(load: (ids: string[]) => Promise<{ key: string; value: T }[]>) {
  return new DataLoader<string, T[]>(async (ids) => {
    const rows = await load([...ids]);
    const map = new Map<string, T[]>();
    for (const r of rows) {
      map.set(r.key, [...(map.get(r.key) ?? []), r.value]);
    }
    return ids.map((id) => map.get(id) ?? []);
  });
}

/**
 * One set per request: relations are batched into one query per type, never one per row.
 * `caller` is read when a loader runs, after the request's token was checked.
 */
export function createLoaders(ds: DataSource, caller: () => AuthUser | null) {
  return {
    /**
     * Relations a customer list fetched with its page, by customer id: the field resolvers answer
     * from here synchronously (no promise per row), and fall back to the loaders below.
     */
    preloadedCustomer: new Map<string, PreloadedCustomer>(),
    /** Products, opportunities, quotes and the documents they become. */
    sales: createSalesLoaders(ds, caller),
    user: byId((ids) => ds.getRepository(User).findBy({ id: In(ids) })),
    department: byId((ids) => ds.getRepository(Department).findBy({ id: In(ids) })),
    category: byId((ids) => ds.getRepository(Category).findBy({ id: In(ids) })),
    usersOfDepartment: new DataLoader<string, User[]>(async (ids) => {
      const users = await ds
        .getRepository(User)
        .find({ where: { departmentId: In([...ids]) }, order: { name: 'ASC' } });
      return ids.map((id) => users.filter((u) => u.departmentId === id));
    }),
    /** A customer only when the caller may see it: nested fields never leak one. */
    visibleCustomer: byId(async (ids) => {
      const user = caller();
      if (!user) {
        return [];
      }
      const qb = ds.getRepository(Customer).createQueryBuilder('c').where('c.id IN (:...ids)', { ids });
      return scopeCustomers(qb, 'c', user).getMany();
    }),
    /** CUS-07's public view of live customers (an ownership event's customers), by id. */
    customerHit: byId<CustomerLookupHit>((ids) =>
      ds.query(
        `SELECT c.id, c.code, c.name, u.name AS "ownerName", c.office_address AS "officeAddress",
                c.business_address AS "businessAddress"
           FROM customer c JOIN app_user u ON u.id = c.owner_id
          WHERE c.id = ANY($1::uuid[]) AND c.deleted_at IS NULL`,
        [ids],
      ),
    ),
    groupsOfCustomer: grouped<CustomerGroup>(async (ids) => {
      const rows: { customer_id: string; id: string; name: string }[] = await ds.query(
        `SELECT cg.customer_id, g.id, g.name FROM customer_group cg JOIN category g ON g.id = cg.group_id
          WHERE cg.customer_id = ANY($1::uuid[]) ORDER BY g.name`,
        [ids],
      );
      return rows.map((r) => ({ key: r.customer_id, value: { id: r.id, name: r.name } }));
    }),
    sharesOfCustomer: grouped<string>(async (ids) => {
      const rows: { customer_id: string; user_id: string }[] = await ds.query(
        `SELECT customer_id, user_id FROM customer_share WHERE customer_id = ANY($1::uuid[])`,
        [ids],
      );
      return rows.map((r) => ({ key: r.customer_id, value: r.user_id }));
    }),
    contactCount: new DataLoader<string, number>(async (ids) => {
      const rows: { customer_id: string; n: number }[] = await ds.query(
        `SELECT customer_id, count(*)::int AS n FROM contact
          WHERE customer_id = ANY($1::uuid[]) AND deleted_at IS NULL GROUP BY customer_id`,
        [ids],
      );
      const map = new Map(rows.map((r) => [r.customer_id, r.n]));
      return ids.map((id) => map.get(id) ?? 0);
    }),
    /** The first contacts of many customers in one query (key: `customerId:limit`). */
    firstContacts: new DataLoader<string, Contact[]>(async (keys) => {
      const limit = Math.max(...keys.map((k) => Number(k.split(':')[1])));
      const ids = [...new Set(keys.map((k) => k.split(':')[0]))];
      const rows = await ds
        .getRepository(Contact)
        .createQueryBuilder('t')
        .where(
          `t.id IN (SELECT r.id FROM (SELECT x.id, row_number() OVER (PARTITION BY x.customer_id ORDER BY x.name, x.id) AS rn
             FROM contact x WHERE x.customer_id = ANY(:ids::uuid[]) AND x.deleted_at IS NULL) r WHERE r.rn <= :limit)`,
          { ids, limit },
        )
        .orderBy('t.name')
        .addOrderBy('t.id')
        .getMany();
      return keys.map((k) => {
        const [id, n] = k.split(':');
        return rows.filter((r) => r.customerId === id).slice(0, Number(n));
      });
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
