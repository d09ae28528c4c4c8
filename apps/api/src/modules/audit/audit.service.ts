import type { AuditAction, AuditModule } from '@sen/shared';
import { AppError } from '@sen/shared';
import { Brackets, type DataSource, type EntityManager } from 'typeorm';
import { paginate, SortDirection, type PageArgs } from '../../graphql/connection';
import type { AuthUser } from '../../graphql/context';
import { User } from '../user/user.entity';
import { scopeContacts, scopeCustomers, UUID } from '../customer/customer-access';
import type { AuditText } from './audit-text';
import { AuditLog, type FieldChanges } from './audit-log.entity';
import type { AuditLogFilter } from './audit.inputs';

export interface AuditEntry {
  action: AuditAction;
  module: AuditModule;
  recordId: string | null;
  userId: string | null;
  description: AuditText;
  changes?: FieldChanges | null;
}

/** One entry per record, alike but for the record and its text (a bulk delete, restore, purge). */
export function entriesFor<T extends { id: string }>(
  records: readonly T[],
  entry: Pick<AuditEntry, 'action' | 'module' | 'userId'>,
  describe: (record: T) => AuditText,
): AuditEntry[] {
  return records.map((r) => ({ ...entry, recordId: r.id, description: describe(r) }));
}

/** Fields whose values are never copied into the log, only the fact that they changed. */
const SECRET_FIELDS = new Set(['password', 'passwordHash']);

/** `{ field: { from, to } }` for the fields that differ; null when nothing changed. */
export function diffChanges<T extends object>(
  before: T,
  after: Partial<T>,
  fields: (keyof T & string)[],
): FieldChanges | null {
  const changes: FieldChanges = {};
  for (const field of fields) {
    if (!(field in after) || after[field] === undefined) {
      continue;
    }
    const from = before[field] ?? null;
    const to = after[field] ?? null;
    if (JSON.stringify(from) !== JSON.stringify(to)) {
      changes[field] = SECRET_FIELDS.has(field) ? { from: '***', to: '***' } : { from, to };
    }
  }
  return Object.keys(changes).length > 0 ? changes : null;
}

export class AuditService {
  constructor(private readonly ds: DataSource) {}

  /**
   * Writes an entry with the manager of the caller's transaction, so the change and its entry
   * commit together (a database trigger refuses to commit an audited change without one).
   */
  async record(manager: EntityManager, entry: AuditEntry): Promise<void> {
    // jsonb column: TypeORM's deep-partial type cannot express a free-form record.
    await manager.insert(AuditLog, {
      ...entry,
      description: entry.description.vi,
      descriptionEn: entry.description.en,
      changes: (entry.changes ?? null) as never,
    });
  }

  /** Many entries in one statement (bulk actions write one entry per record). */
  async recordMany(manager: EntityManager, entries: AuditEntry[]): Promise<void> {
    if (entries.length === 0) {
      return;
    }
    await manager.query(
      `INSERT INTO audit_log (action, module, record_id, user_id, description, description_en, changes)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::uuid[], $5::text[], $6::text[], $7::jsonb[])`,
      [
        entries.map((e) => e.action),
        entries.map((e) => e.module),
        entries.map((e) => e.recordId),
        entries.map((e) => e.userId),
        entries.map((e) => e.description.vi),
        entries.map((e) => e.description.en),
        entries.map((e) => (e.changes ? JSON.stringify(e.changes) : null)),
      ],
    );
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
    if (!UUID.test(recordId)) {
      return false;
    }
    const customer = this.ds
      .createQueryBuilder()
      .select('1')
      .from('customer', 'c')
      .where('c.id = :rid', { rid: recordId });
    const contact = this.ds
      .createQueryBuilder()
      .select('1')
      .from('contact', 't')
      .where('t.id = :rid', { rid: recordId });
    return (
      Boolean(await scopeCustomers(customer, 'c', caller).getRawOne()) ||
      Boolean(await scopeContacts(contact, 't', caller).getRawOne())
    );
  }

  async modules(): Promise<string[]> {
    const rows: { module: string }[] = await this.ds.query(
      'SELECT DISTINCT module FROM audit_log ORDER BY module',
    );
    return rows.map((r) => r.module);
  }
}

export function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}
