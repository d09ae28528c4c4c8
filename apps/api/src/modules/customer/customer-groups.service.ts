import { analyzeAfterBulkAction } from '../../db/analyze';
import { In, type DataSource, type EntityManager } from 'typeorm';
import type { AuthUser } from '../../core/caller';
import { auditText } from '../../core/audit-text';
import type { AuditService } from '../audit/audit.service';
import { CategoryKind } from '../category/category.entity';
import type { CategoryService } from '../category/category.service';
import { assertCustomersInScope } from './customer-access';
import { Customer } from './customer.entity';
import { GroupChangeMode } from './customer.inputs';

/** CUS-04 "Chuyển nhóm khách hàng" on the ticked customers, set-based. */
export class CustomerGroupsService {
  constructor(
    private readonly ds: DataSource,
    private readonly audit: AuditService,
    private readonly categories: CategoryService,
  ) {}

  async change(caller: AuthUser, ids: string[], mode: GroupChangeMode, groupIds: string[]): Promise<number> {
    const n = await this.ds.transaction(async (m) => {
      const customerIds = await assertCustomersInScope(m, ids, caller, 'view');
      const groups = [...new Set(groupIds)];
      await this.categories.assertKind(m, 'groupIds', groups, CategoryKind.CUSTOMER_GROUP);
      const before = await this.groupsOf(m, customerIds);
      switch (mode) {
        case GroupChangeMode.MOVE:
          await m.query('DELETE FROM customer_group WHERE customer_id = ANY($1::uuid[])', [customerIds]);
          await this.add(m, customerIds, groups);
          break;
        case GroupChangeMode.ADD:
          await this.add(m, customerIds, groups);
          break;
        case GroupChangeMode.REMOVE:
          await m.query(
            'DELETE FROM customer_group WHERE customer_id = ANY($1::uuid[]) AND group_id = ANY($2::uuid[])',
            [customerIds, groups],
          );
          break;
        default: {
          const never: never = mode;
          throw new Error(`unknown mode ${String(never)}`);
        }
      }
      const after = await this.groupsOf(m, customerIds);
      const changed = customerIds.filter(
        (id) => JSON.stringify(before.get(id)) !== JSON.stringify(after.get(id)),
      );
      if (changed.length > 0) {
        await m.query(
          'UPDATE customer SET version = version + 1, updated_at = now() WHERE id = ANY($1::uuid[])',
          [changed],
        );
        const customers = await m.findBy(Customer, { id: In(changed) });
        await this.audit.recordMany(
          m,
          customers.map((c) => ({
            action: 'UPDATE',
            module: 'customer',
            recordId: c.id,
            userId: caller.id,
            description: auditText('customer.groups', { code: c.code, name: c.name }),
            changes: { groupIds: { from: before.get(c.id) ?? [], to: after.get(c.id) ?? [] } },
          })),
        );
      }
      return customerIds.length;
    });
    await analyzeAfterBulkAction(this.ds, ['customer_group'], n);
    return n;
  }

  private async add(m: EntityManager, customerIds: string[], groups: string[]) {
    await m.query(
      `INSERT INTO customer_group (customer_id, group_id)
       SELECT c, g FROM unnest($1::uuid[]) AS c CROSS JOIN unnest($2::uuid[]) AS g ON CONFLICT DO NOTHING`,
      [customerIds, groups],
    );
  }

  private async groupsOf(m: EntityManager, ids: string[]): Promise<Map<string, string[]>> {
    const rows: { customer_id: string; groups: string[] }[] = await m.query(
      `SELECT customer_id, array_agg(group_id::text ORDER BY group_id) AS groups
         FROM customer_group WHERE customer_id = ANY($1::uuid[]) GROUP BY customer_id`,
      [ids],
    );
    return new Map(rows.map((r) => [r.customer_id, r.groups]));
  }
}
