import { analyzeAfterBulkAction } from '../../db/analyze';
import { Brackets, In, type DataSource, type EntityManager } from 'typeorm';
import { paginate, SortDirection, type PageArgs } from '../../graphql/connection';
import type { AuthUser } from '../../core/caller';
import { auditText } from '../../core/audit-text';
import type { AuditService } from '../audit/audit.service';
import { assertActiveUsers } from '../../core/users';
import { assertCustomersInScope } from './customer-access';
import { Customer } from './customer.entity';
import type { OwnershipHistoryFilter } from './customer.inputs';
import { OwnershipAction, OwnershipEvent } from './ownership-event.entity';

/** CUS-08: share and transfer, each kept as an event for the history screen. */
export class OwnershipService {
  constructor(
    private readonly ds: DataSource,
    private readonly audit: AuditService,
  ) {}

  share(caller: AuthUser, ids: string[], userIds: string[]): Promise<number> {
    return this.ds.transaction(async (m) => {
      const customerIds = await assertCustomersInScope(m, ids, caller, 'manage');
      const users = await assertActiveUsers(m, 'userIds', userIds, true);
      const customers = await m.findBy(Customer, { id: In(customerIds) });
      await m.query(
        `INSERT INTO customer_share (customer_id, user_id)
         SELECT c.id, u FROM customer c CROSS JOIN unnest($2::uuid[]) AS u
          WHERE c.id = ANY($1::uuid[]) AND c.owner_id <> u
         ON CONFLICT DO NOTHING`,
        [customerIds, users.map((u) => u.id)],
      );
      const owners = [...new Set(customers.map((c) => c.ownerId))];
      await m.insert(OwnershipEvent, {
        action: OwnershipAction.SHARE,
        actorId: caller.id,
        fromUserId: owners.length === 1 ? owners[0] : caller.id,
        toUserIds: users.map((u) => u.id),
        customerIds,
        customerCount: customerIds.length,
      });
      const names = users.map((u) => u.name).join(', ');
      await this.audit.recordMany(
        m,
        customers.map((c) => ({
          action: 'SHARE',
          module: 'customer',
          recordId: c.id,
          userId: caller.id,
          description: auditText('customer.share', { code: c.code, name: c.name, users: names }),
          changes: { sharedWith: { from: null, to: users.map((u) => u.id) } },
        })),
      );
      return customerIds.length;
    });
  }

  async transfer(caller: AuthUser, ids: string[], toUserId: string): Promise<number> {
    const n = await this.ds.transaction((m) => this.transferIn(m, caller, ids, toUserId));
    // Lists filter by owner: a large hand-over moves their row estimates.
    await analyzeAfterBulkAction(this.ds, ['customer', 'ownership_event'], n);
    return n;
  }

  /** Inside the caller's transaction (an edit of the owner field uses it too). */
  async transferIn(m: EntityManager, caller: AuthUser, ids: string[], toUserId: string): Promise<number> {
    const customerIds = await assertCustomersInScope(m, ids, caller, 'manage');
    const [target] = await assertActiveUsers(m, 'toUserId', [toUserId], true);
    const customers = await m.findBy(Customer, { id: In(customerIds) });
    const moving = customers.filter((c) => c.ownerId !== target.id);
    if (moving.length === 0) {
      return 0;
    }
    await m.query(
      `UPDATE customer SET owner_id = $2, version = version + 1, updated_at = now() WHERE id = ANY($1::uuid[])`,
      [moving.map((c) => c.id), target.id],
    );
    // The new owner no longer needs a share of their own customers.
    await m.query(`DELETE FROM customer_share WHERE customer_id = ANY($1::uuid[]) AND user_id = $2`, [
      moving.map((c) => c.id),
      target.id,
    ]);
    const byOwner = new Map<string, Customer[]>();
    for (const c of moving) {
      byOwner.set(c.ownerId, [...(byOwner.get(c.ownerId) ?? []), c]);
    }
    for (const [fromUserId, list] of byOwner) {
      await m.insert(OwnershipEvent, {
        action: OwnershipAction.TRANSFER,
        actorId: caller.id,
        fromUserId,
        toUserIds: [target.id],
        customerIds: list.map((c) => c.id),
        customerCount: list.length,
      });
    }
    await this.audit.recordMany(
      m,
      moving.map((c) => ({
        action: 'TRANSFER',
        module: 'customer',
        recordId: c.id,
        userId: caller.id,
        description: auditText('customer.transfer', { code: c.code, name: c.name, user: target.name }),
        changes: { ownerId: { from: c.ownerId, to: target.id } },
      })),
    );
    return moving.length;
  }

  /** Admins see every event; others those they took part in (managers: their department's). */
  history(caller: AuthUser, filter: OwnershipHistoryFilter = {}, page: PageArgs) {
    const qb = this.ds.getRepository(OwnershipEvent).createQueryBuilder('e');
    if (caller.role !== 'ADMIN') {
      qb.andWhere(
        new Brackets((w) => {
          w.where('e.actor_id = :me OR e.from_user_id = :me OR :me = ANY(e.to_user_ids)', { me: caller.id });
          if (caller.role === 'MANAGER' && caller.departmentId) {
            w.orWhere(
              `EXISTS (SELECT 1 FROM app_user du WHERE du.department_id = :dept
                 AND (du.id = e.actor_id OR du.id = e.from_user_id OR du.id = ANY(e.to_user_ids)))`,
              { dept: caller.departmentId },
            );
          }
        }),
      );
    }
    if (filter.actions?.length) {
      qb.andWhere('e.action IN (:...actions)', { actions: filter.actions });
    }
    if (filter.fromUserIds?.length) {
      qb.andWhere('e.from_user_id IN (:...fromIds)', { fromIds: filter.fromUserIds });
    }
    if (filter.toUserIds?.length) {
      qb.andWhere('e.to_user_ids && :toIds::uuid[]', { toIds: filter.toUserIds });
    }
    if (filter.from) {
      qb.andWhere('e.at >= :from', { from: filter.from });
    }
    if (filter.to) {
      qb.andWhere('e.at <= :to', { to: filter.to });
    }
    return paginate(qb, page, { expression: 'e.at', direction: SortDirection.DESC });
  }
}
