import { AppError } from '@sen/shared';
import { Brackets, type DataSource, type EntityManager } from 'typeorm';
import { paginate, SortDirection, type PageArgs } from '../../graphql/connection';
import type { AuthUser } from '../../core/caller';
import { User } from '../user/user.entity';
import { CONTACT_OWNERSHIP, CUSTOMER_OWNERSHIP } from '../customer/customer-access';
import { writeAudit, type AuditEntry } from '../../core/audit';
import { canSee } from '../../core/scope';
import { escapeLike, UUID } from '../../core/sql';
import { RECEIPT_OWNERSHIP } from '../sales/document-access';
import { AuditLog } from './audit-log.entity';
import type { AuditLogFilter } from './audit.inputs';

/** Records whose own history (the "Lịch sử" tab) is open to whoever may see them. */
const HISTORY_OWNERSHIPS = [CUSTOMER_OWNERSHIP, CONTACT_OWNERSHIP, RECEIPT_OWNERSHIP];

export class AuditService {
  constructor(private readonly ds: DataSource) {}

  /** An entry in the caller's transaction (see `writeAudit`). */
  async record(manager: EntityManager, entry: AuditEntry): Promise<void> {
    await writeAudit(manager, [entry]);
  }

  async recordMany(manager: EntityManager, entries: AuditEntry[]): Promise<void> {
    await writeAudit(manager, entries);
  }

  async list(caller: AuthUser, filter: AuditLogFilter = {}, page: PageArgs) {
    // A record's own history (the customer's "Lịch sử" tab) is open to whoever may see the record.
    const recordHistory = Boolean(filter.recordId) && (await this.canSeeRecord(caller, filter.recordId!));
    if (caller.role === 'STAFF' && !recordHistory) {
      throw new AppError('FORBIDDEN');
    }
    const qb = this.ds.getRepository(AuditLog).createQueryBuilder('a');
    if (caller.role === 'MANAGER' && !recordHistory) {
      // A manager reads what the people of their department did (USR-02).
      qb.andWhere(
        new Brackets((w) => {
          w.where('a.user_id = :self', { self: caller.id });
          if (caller.departmentId) {
            w.orWhere(
              `a.user_id IN (${qb.subQuery().select('u.id').from(User, 'u').where('u.department_id = :dept').getQuery()})`,
              { dept: caller.departmentId },
            );
          }
        }),
      );
    }
    if (filter.actions?.length) {
      qb.andWhere('a.action IN (:...actions)', { actions: filter.actions });
    }
    if (filter.modules?.length) {
      qb.andWhere('a.module IN (:...modules)', { modules: filter.modules });
    }
    if (filter.userIds?.length) {
      qb.andWhere('a.user_id IN (:...userIds)', { userIds: filter.userIds });
    }
    if (filter.recordId) {
      const jobId = await this.importJobOf(filter.recordId);
      if (jobId) {
        // A record an import created has no entry of its own: its history shows the import's.
        qb.andWhere(`(a.record_id = :recordId OR (a.record_id = :jobId AND a.module = 'import'))`, {
          recordId: filter.recordId,
          jobId,
        });
      } else {
        qb.andWhere('a.record_id = :recordId', { recordId: filter.recordId });
      }
    }
    if (filter.search?.trim()) {
      qb.andWhere(
        `sen_fold(a.description || ' ' || coalesce(a.description_en, '')) LIKE '%' || sen_fold(:search) || '%'`,
        {
          search: escapeLike(filter.search.trim()),
        },
      );
    }
    if (filter.from) {
      qb.andWhere('a.at >= :from', { from: filter.from });
    }
    if (filter.to) {
      qb.andWhere('a.at <= :to', { to: filter.to });
    }
    return paginate(qb, page, { expression: 'a.at', direction: SortDirection.DESC });
  }

  /** The import job a customer or contact came from (or was last updated by), if any. */
  private async importJobOf(recordId: string): Promise<string | null> {
    if (!UUID.test(recordId)) {
      return null;
    }
    const rows: { job: string }[] = await this.ds.query(
      `SELECT import_job_id::text AS job FROM customer WHERE id = $1 AND import_job_id IS NOT NULL
       UNION ALL
       SELECT import_job_id::text FROM contact WHERE id = $1 AND import_job_id IS NOT NULL`,
      [recordId],
    );
    return rows[0]?.job ?? null;
  }

  private async canSeeRecord(caller: AuthUser, recordId: string): Promise<boolean> {
    for (const ownership of HISTORY_OWNERSHIPS) {
      if (await canSee(this.ds.manager, ownership, recordId, caller)) {
        return true;
      }
    }
    return false;
  }

  async modules(): Promise<string[]> {
    const rows: { module: string }[] = await this.ds.query(
      'SELECT DISTINCT module FROM audit_log ORDER BY module',
    );
    return rows.map((r) => r.module);
  }
}
