import {
  AppError,
  KPI_METRICS,
  parseInput,
  setKpiTargetsSchema,
  kpiMonth,
  type KpiMetric,
} from '@sen/shared';
import type { DataSource, EntityManager } from 'typeorm';
import { auditText } from '../../core/audit-text';
import type { AuthUser } from '../../core/caller';
import { UUID } from '../../core/sql';
import type { AuditService } from '../audit/audit.service';
import { percentOf, userActuals } from './kpi-actuals';
import { KpiSubject, type KpiRow, type KpiTarget, type KpiTargetInput } from './kpi.types';

interface Reach {
  users: { id: string; name: string; departmentId: string | null }[];
  departments: { id: string; name: string }[];
}

const TARGET_COLUMNS = `id, month, user_id AS "userId", department_id AS "departmentId", metric, target::text AS target`;

/** The month before `YYYY-MM`. */
export function previousMonth(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}

/**
 * REP-01: targets per month per user or department, and the report of target, actual and %.
 * Reach: an ADMIN every user and department; a MANAGER their department and its people; a STAFF
 * user themself (they read their own row; only managers and admins set targets).
 */
export class KpiService {
  constructor(
    private readonly ds: DataSource,
    private readonly audit: AuditService,
  ) {}

  async reach(caller: AuthUser, m: EntityManager = this.ds.manager): Promise<Reach> {
    if (caller.role === 'ADMIN') {
      return {
        users: await m.query(
          `SELECT id, name, department_id AS "departmentId" FROM app_user WHERE active ORDER BY name, id`,
        ),
        departments: await m.query(`SELECT id, name FROM department ORDER BY name, id`),
      };
    }
    if (caller.role === 'MANAGER' && caller.departmentId) {
      return {
        users: await m.query(
          `SELECT id, name, department_id AS "departmentId" FROM app_user
            WHERE (department_id = $1 AND active) OR id = $2 ORDER BY name, id`,
          [caller.departmentId, caller.id],
        ),
        departments: await m.query(`SELECT id, name FROM department WHERE id = $1`, [caller.departmentId]),
      };
    }
    return {
      users: [{ id: caller.id, name: caller.name, departmentId: caller.departmentId }],
      departments: [],
    };
  }

  async targets(caller: AuthUser, month: string, m: EntityManager = this.ds.manager): Promise<KpiTarget[]> {
    parseInput(kpiMonth, month);
    const r = await this.reach(caller, m);
    return m.query(
      `SELECT ${TARGET_COLUMNS} FROM kpi_target
        WHERE month = $1 AND (user_id = ANY($2::uuid[]) OR department_id = ANY($3::uuid[]))
        ORDER BY department_id NULLS LAST, user_id, metric`,
      [month, r.users.map((u) => u.id), r.departments.map((d) => d.id)],
    );
  }

  /** Sets (inserts or replaces) the given targets of a month, in one audited transaction. */
  async setTargets(caller: AuthUser, month: string, input: KpiTargetInput[]): Promise<KpiTarget[]> {
    if (caller.role === 'STAFF') {
      throw new AppError('FORBIDDEN');
    }
    const values = parseInput(setKpiTargetsSchema, { month, targets: input });
    const seen = new Set<string>();
    values.targets.forEach((t, i) => {
      const subject = t.userId ?? t.departmentId!;
      if (!UUID.test(subject)) {
        throw AppError.badInput([
          { field: `targets.${i}.${t.userId ? 'userId' : 'departmentId'}`, message: 'v.invalid' },
        ]);
      }
      const key = `${subject}:${t.metric}`;
      if (seen.has(key)) {
        throw AppError.badInput([{ field: `targets.${i}.metric`, message: 'v.invalid' }]);
      }
      seen.add(key);
    });
    return this.ds.transaction(async (m) => {
      await this.assertReach(m, caller, values.targets);
      const before: KpiTarget[] = await this.targets(caller, month, m);
      const changes: Record<string, { from: unknown; to: unknown }> = {};
      for (const t of values.targets) {
        const column = t.userId ? 'user_id' : 'department_id';
        const subject = t.userId ?? t.departmentId!;
        await m.query(
          `INSERT INTO kpi_target (month, ${column}, metric, target, updated_by)
           VALUES ($1, $2, $3, $4, $5)
           ON CONFLICT (month, ${column}, metric) WHERE ${column} IS NOT NULL
           DO UPDATE SET target = EXCLUDED.target, updated_by = EXCLUDED.updated_by, updated_at = now()`,
          [month, subject, t.metric, t.target, caller.id],
        );
        const old = before.find(
          (b) => (t.userId ? b.userId === subject : b.departmentId === subject) && b.metric === t.metric,
        );
        if (old?.target !== t.target) {
          changes[`${subject}.${t.metric}`] = { from: old?.target ?? null, to: t.target };
        }
      }
      await this.audit.record(m, {
        action: 'UPDATE',
        module: 'kpi-targets',
        recordId: month,
        userId: caller.id,
        description: auditText('kpi.set', { count: values.targets.length, month }),
        changes,
      });
      return this.targets(caller, month, m);
    });
  }

  /** Copies last month's targets within the caller's reach to `month`; targets already set stay. */
  async copyFromPreviousMonth(caller: AuthUser, month: string): Promise<KpiTarget[]> {
    if (caller.role === 'STAFF') {
      throw new AppError('FORBIDDEN');
    }
    parseInput(kpiMonth, month);
    const from = previousMonth(month);
    return this.ds.transaction(async (m) => {
      const r = await this.reach(caller, m);
      const copied: unknown[] = await m.query(
        `INSERT INTO kpi_target (month, user_id, department_id, metric, target, updated_by)
         SELECT $1, user_id, department_id, metric, target, $2 FROM kpi_target
          WHERE month = $3 AND (user_id = ANY($4::uuid[]) OR department_id = ANY($5::uuid[]))
         ON CONFLICT DO NOTHING RETURNING id`,
        [month, caller.id, from, r.users.map((u) => u.id), r.departments.map((d) => d.id)],
      );
      await this.audit.record(m, {
        action: 'UPDATE',
        module: 'kpi-targets',
        recordId: month,
        userId: caller.id,
        description: auditText('kpi.copy', { count: copied.length, from, month }),
      });
      return this.targets(caller, month, m);
    });
  }

  async report(caller: AuthUser, month: string, by: KpiSubject): Promise<KpiRow[]> {
    parseInput(kpiMonth, month);
    if (by === KpiSubject.DEPARTMENT && caller.role === 'STAFF') {
      throw new AppError('FORBIDDEN');
    }
    const reach = await this.reach(caller);
    const targets = await this.targets(caller, month);
    const target = (pick: (t: KpiTarget) => boolean, metric: KpiMetric) => {
      const found = targets.filter((t) => pick(t) && t.metric === metric);
      return found.length ? found.reduce((s, t) => s + BigInt(t.target), 0n) : null;
    };
    const row = (id: string, name: string, metric: KpiMetric, t: bigint | null, actual: bigint): KpiRow => ({
      subjectId: id,
      subjectName: name,
      metric,
      target: t === null ? null : t.toString(),
      actual: actual.toString(),
      percent: percentOf(actual, t),
    });
    if (by === KpiSubject.USER) {
      const actuals = await userActuals(
        this.ds.manager,
        reach.users.map((u) => u.id),
        month,
      );
      return reach.users.flatMap((u) =>
        KPI_METRICS.map((metric) =>
          row(
            u.id,
            u.name,
            metric,
            target((t) => t.userId === u.id, metric),
            actuals.get(u.id)![metric],
          ),
        ),
      );
    }
    const members: { id: string; departmentId: string }[] = await this.ds.query(
      `SELECT id, department_id AS "departmentId" FROM app_user WHERE department_id = ANY($1::uuid[])`,
      [reach.departments.map((d) => d.id)],
    );
    const actuals = await userActuals(
      this.ds.manager,
      members.map((u) => u.id),
      month,
    );
    return reach.departments.flatMap((d) => {
      const people = members.filter((u) => u.departmentId === d.id).map((u) => u.id);
      return KPI_METRICS.map((metric) => {
        const own = target((t) => t.departmentId === d.id, metric);
        const t = own ?? target((t) => t.userId !== null && people.includes(t.userId), metric);
        const actual = people.reduce((s, id) => s + actuals.get(id)![metric], 0n);
        return row(d.id, d.name, metric, t, actual);
      });
    });
  }

  /** an export of the report is logged. */
  async recordExport(caller: AuthUser, month: string, count: number): Promise<void> {
    await this.ds.transaction((m) =>
      this.audit.record(m, {
        action: 'EXPORT',
        module: 'kpi-targets',
        recordId: month,
        userId: caller.id,
        description: auditText('export.run', { count, module: 'KPI', format: 'XLSX' }),
      }),
    );
  }

  /** Every subject exists (else a field error) and is within the caller's reach (else FORBIDDEN). */
  private async assertReach(
    m: EntityManager,
    caller: AuthUser,
    targets: { userId?: string | null; departmentId?: string | null }[],
  ): Promise<void> {
    const userIds = [...new Set(targets.flatMap((t) => (t.userId ? [t.userId] : [])))];
    const deptIds = [...new Set(targets.flatMap((t) => (t.departmentId ? [t.departmentId] : [])))];
    const users: { id: string }[] = await m.query(`SELECT id FROM app_user WHERE id = ANY($1::uuid[])`, [
      userIds,
    ]);
    const depts: { id: string }[] = await m.query(`SELECT id FROM department WHERE id = ANY($1::uuid[])`, [
      deptIds,
    ]);
    const missing = targets.findIndex(
      (t) =>
        (t.userId && !users.some((u) => u.id === t.userId)) ||
        (t.departmentId && !depts.some((d) => d.id === t.departmentId)),
    );
    if (missing >= 0) {
      const field = targets[missing].userId ? 'userId' : 'departmentId';
      throw AppError.badInput([{ field: `targets.${missing}.${field}`, message: 'v.invalid' }]);
    }
    if (caller.role === 'ADMIN') {
      return;
    }
    const reach = await this.reach(caller, m);
    const outside =
      userIds.some((id) => !reach.users.some((u) => u.id === id)) ||
      deptIds.some((id) => !reach.departments.some((d) => d.id === id));
    if (outside) {
      throw new AppError('FORBIDDEN', { messageKey: 'report.targetsOutOfDepartment' });
    }
  }
}
