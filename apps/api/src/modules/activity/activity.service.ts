import {
  activityCommentSchema,
  AppError,
  createActivitySchema,
  parseInput,
  updateActivitySchema,
  type UpdateActivityData,
} from '@sen/shared';
import type { DataSource, EntityManager } from 'typeorm';
import type { AuthUser } from '../../core/caller';
import { assertVersion, insertRow, updateVersioned } from '../../core/versioned';
import { auditText } from '../../core/audit-text';
import { type AuditService } from '../audit/audit.service';
import { assertCustomersInScope, scopeCustomers } from '../customer/customer-access';
import type { CustomerService } from '../customer/customer.service';
import { assertActivitiesInScope } from './activity-access';
import { promoteCustomers } from '../customer/customer-promotion';
import { byActivity, linkedIds, namesOf, setLinks } from './activity-links';
import { assertActiveUsers } from '../../core/users';
import { Activity, ActivityComment } from './activity.entity';
import type { CreateActivityInput, UpdateActivityInput } from './activity.inputs';
import { diffChanges, type FieldChanges } from '../../core/audit';

const AUDITED: (keyof Activity & string)[] = [
  'name',
  'type',
  'status',
  'priority',
  'description',
  'startAt',
  'dueAt',
  'assigneeId',
];

export class ActivityService {
  constructor(
    private readonly ds: DataSource,
    private readonly audit: AuditService,
    private readonly customers: CustomerService,
  ) {}

  async create(caller: AuthUser, input: CreateActivityInput): Promise<Activity> {
    const { newCustomers, ...rest } = input;
    const values = parseInput(createActivitySchema, rest);
    return this.ds.transaction(async (m) => {
      const assigneeId = values.assigneeId ?? caller.id;
      await assertActiveUsers(m, 'assigneeId', [assigneeId]);
      const participantIds = [...new Set(values.participantIds ?? [])];
      await assertActiveUsers(m, 'participantIds', participantIds);
      const existing = values.customerIds?.length
        ? await assertCustomersInScope(m, values.customerIds, caller, 'view')
        : [];
      const created: string[] = [];
      for (const c of newCustomers ?? []) {
        created.push((await this.customers.createIn(m, caller, c)).id);
      }
      const customerIds = [...existing, ...created];
      const activity = await insertRow(m, Activity, {
        name: values.name,
        type: values.type,
        status: values.status ?? 'PLANNED',
        priority: values.priority ?? 'NORMAL',
        description: values.description ?? null,
        startAt: values.startAt ?? null,
        dueAt: values.dueAt ?? null,
        assigneeId,
        createdById: caller.id,
      });
      await setLinks(m, 'activity_customer', activity.id, customerIds);
      await setLinks(m, 'activity_participant', activity.id, participantIds);
      const changes = diffChanges({} as Partial<Activity>, activity, AUDITED) ?? {};
      await this.describeLinks(m, changes, [], customerIds, [], participantIds, null, assigneeId);
      await this.audit.record(m, {
        action: 'CREATE',
        module: 'activity',
        recordId: activity.id,
        userId: caller.id,
        description: auditText('activity.create', { name: activity.name }),
        changes,
      });
      await promoteCustomers(m, caller, customerIds, byActivity(activity.name));
      return activity;
    });
  }

  async update(caller: AuthUser, id: string, input: UpdateActivityInput): Promise<Activity> {
    const values = parseInput(updateActivitySchema, input);
    return this.ds.transaction(async (m) => {
      await assertActivitiesInScope(m, [id], caller, 'work');
      const before = await m.findOneByOrFail(Activity, { id });
      assertVersion(before, values.version);
      const startAt = values.startAt !== undefined ? values.startAt : before.startAt;
      const dueAt = values.dueAt !== undefined ? values.dueAt : before.dueAt;
      if (startAt && dueAt && dueAt.getTime() < startAt.getTime()) {
        throw AppError.badInput([{ field: 'dueAt', message: 'v.dueBeforeStart' }]);
      }
      const patch = this.patch(values);
      if (patch.assigneeId === null) {
        throw AppError.badInput([{ field: 'assigneeId', message: 'v.required' }]);
      }
      if (patch.assigneeId) {
        await assertActiveUsers(m, 'assigneeId', [patch.assigneeId]);
      }
      const beforeCustomers = await linkedIds(m, 'activity_customer', id);
      const beforeParticipants = await linkedIds(m, 'activity_participant', id);
      let afterCustomers = beforeCustomers;
      if (values.customerIds) {
        const wanted = [...new Set(values.customerIds)];
        const added = wanted.filter((c) => !beforeCustomers.includes(c));
        if (added.length > 0) {
          await assertCustomersInScope(m, added, caller, 'view');
        }
        // Links to customers the caller cannot see are kept: they cannot have meant to remove them.
        const hidden = await this.invisible(m, caller, beforeCustomers);
        afterCustomers = [...new Set([...wanted, ...hidden])].sort();
        await setLinks(m, 'activity_customer', id, afterCustomers);
      }
      let afterParticipants = beforeParticipants;
      if (values.participantIds) {
        afterParticipants = [...new Set(values.participantIds)].sort();
        await assertActiveUsers(m, 'participantIds', afterParticipants);
        await setLinks(m, 'activity_participant', id, afterParticipants);
      }
      const extra: FieldChanges = {};
      await this.describeLinks(
        m,
        extra,
        beforeCustomers,
        afterCustomers,
        beforeParticipants,
        afterParticipants,
        before.assigneeId,
        patch.assigneeId ?? before.assigneeId,
      );
      const { after } = await updateVersioned(m, {
        target: Activity,
        before,
        version: values.version,
        patch,
        audit: {
          module: 'activity',
          userId: caller.id,
          fields: AUDITED,
          describe: (a) => auditText('activity.update', { name: a.name }),
          extra,
          action: (changes) =>
            Object.keys(changes).length === 1 && changes.status ? 'STATUS_CHANGE' : 'UPDATE',
        },
      });
      await promoteCustomers(
        m,
        caller,
        afterCustomers.filter((c) => !beforeCustomers.includes(c)),
        byActivity(after.name),
      );
      return after;
    });
  }

  async addComment(caller: AuthUser, activityId: string, body: string): Promise<ActivityComment> {
    const values = parseInput(activityCommentSchema, { body });
    return this.ds.transaction(async (m) => {
      await assertActivitiesInScope(m, [activityId], caller, 'view');
      const activity = await m.findOneByOrFail(Activity, { id: activityId });
      const comment = await insertRow(m, ActivityComment, {
        activityId,
        authorId: caller.id,
        body: values.body,
      });
      await this.audit.record(m, {
        action: 'UPDATE',
        module: 'activity',
        recordId: activityId,
        userId: caller.id,
        description: auditText('activity.comment', { name: activity.name }),
        changes: { comment: { from: null, to: values.body } },
      });
      return comment;
    });
  }

  private patch(v: UpdateActivityData): Partial<Activity> {
    const patch: Partial<Activity> = {
      name: v.name,
      type: v.type,
      status: v.status,
      priority: v.priority,
      description: v.description,
      startAt: v.startAt,
      dueAt: v.dueAt,
      assigneeId: v.assigneeId as string,
    };
    return Object.fromEntries(Object.entries(patch).filter(([, x]) => x !== undefined));
  }

  private async invisible(m: EntityManager, caller: AuthUser, ids: string[]): Promise<string[]> {
    if (ids.length === 0 || caller.role === 'ADMIN') {
      return [];
    }
    const qb = m
      .createQueryBuilder()
      .select('c.id', 'id')
      .from('customer', 'c')
      .where('c.id IN (:...ids)', { ids });
    const rows: { id: string }[] = await scopeCustomers(qb, 'c', caller).getRawMany();
    const visible = new Set(rows.map((r) => r.id));
    return ids.filter((id) => !visible.has(id));
  }

  /** History shows names; the ids stay beside them for integrators. */
  private async describeLinks(
    m: EntityManager,
    changes: FieldChanges,
    customersBefore: string[],
    customersAfter: string[],
    participantsBefore: string[],
    participantsAfter: string[],
    assigneeBefore: string | null,
    assigneeAfter: string,
  ): Promise<void> {
    const same = (a: string[], b: string[]) =>
      JSON.stringify([...a].sort()) === JSON.stringify([...b].sort());
    if (!same(customersBefore, customersAfter)) {
      changes.customerIds = { from: customersBefore, to: customersAfter };
      changes.customers = {
        from: await namesOf(m, 'customer', customersBefore),
        to: await namesOf(m, 'customer', customersAfter),
      };
    }
    if (!same(participantsBefore, participantsAfter)) {
      changes.participantIds = { from: participantsBefore, to: participantsAfter };
      changes.participants = {
        from: await namesOf(m, 'app_user', participantsBefore),
        to: await namesOf(m, 'app_user', participantsAfter),
      };
    }
    if (assigneeBefore !== assigneeAfter) {
      changes.assignee = {
        from: assigneeBefore ? ((await namesOf(m, 'app_user', [assigneeBefore]))[0] ?? null) : null,
        to: (await namesOf(m, 'app_user', [assigneeAfter]))[0] ?? null,
      };
    }
  }
}
