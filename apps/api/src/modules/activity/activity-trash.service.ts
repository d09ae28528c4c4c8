import { AppError } from '@sen/shared';
import { In, type DataSource } from 'typeorm';
import type { AuthUser } from '../../graphql/context';
import { auditText } from '../audit/audit-text';
import { entriesFor, type AuditService } from '../audit/audit.service';
import { assertAdmin } from '../user/user.service';
import { assertActivitiesInScope } from './activity-access';
import { Activity } from './activity.entity';

/** X-07 for activities; the history stays in the audit log whatever happens to the row. */
export class ActivityTrashService {
  constructor(
    private readonly ds: DataSource,
    private readonly audit: AuditService,
  ) {}

  remove(caller: AuthUser, ids: string[]): Promise<number> {
    return this.ds.transaction(async (m) => {
      const activityIds = await assertActivitiesInScope(m, ids, caller, 'own');
      const rows = await m.findBy(Activity, { id: In(activityIds) });
      await m.query(
        `UPDATE activity SET deleted_at = now(), deleted_by = $2, version = version + 1 WHERE id = ANY($1::uuid[])`,
        [activityIds, caller.id],
      );
      await this.audit.recordMany(
        m,
        entriesFor(rows, { action: 'DELETE', module: 'activity', userId: caller.id }, (a) =>
          auditText('activity.delete', { name: a.name }),
        ),
      );
      return activityIds.length;
    });
  }

  restore(caller: AuthUser, ids: string[]): Promise<number> {
    return this.ds.transaction(async (m) => {
      const activityIds = await assertActivitiesInScope(m, ids, caller, 'own', 'trash');
      const rows = await m.findBy(Activity, { id: In(activityIds) });
      await m.query(
        `UPDATE activity SET deleted_at = NULL, deleted_by = NULL, version = version + 1 WHERE id = ANY($1::uuid[])`,
        [activityIds],
      );
      await this.audit.recordMany(
        m,
        entriesFor(rows, { action: 'RESTORE', module: 'activity', userId: caller.id }, (a) =>
          auditText('activity.restore', { name: a.name }),
        ),
      );
      return activityIds.length;
    });
  }

  purge(caller: AuthUser, ids: string[]): Promise<number> {
    assertAdmin(caller);
    return this.ds.transaction(async (m) => {
      const unique = [...new Set(ids)];
      const rows = await m.findBy(Activity, { id: In(unique.filter((x) => x.length === 36)) });
      if (rows.length !== unique.length) {
        throw new AppError('NOT_FOUND');
      }
      if (rows.some((a) => !a.deletedAt)) {
        throw new AppError('BAD_USER_INPUT', { messageKey: 'activity.notInTrash' });
      }
      await this.audit.recordMany(
        m,
        entriesFor(rows, { action: 'DELETE', module: 'activity', userId: caller.id }, (a) =>
          auditText('activity.purge', { name: a.name }),
        ),
      );
      await m.query('DELETE FROM activity WHERE id = ANY($1::uuid[])', [rows.map((a) => a.id)]);
      return rows.length;
    });
  }
}
