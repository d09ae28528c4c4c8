import { z } from 'zod';
import { requiredText } from './common';
import { optionalId, optionalText } from './fields';

export const ACTIVITY_TYPES = ['CALL', 'MEETING', 'EMAIL', 'TASK', 'NOTE', 'APPOINTMENT'] as const;
export type ActivityType = (typeof ACTIVITY_TYPES)[number];

export const ACTIVITY_STATUSES = ['PLANNED', 'IN_PROGRESS', 'DONE', 'CANCELLED'] as const;
export type ActivityStatus = (typeof ACTIVITY_STATUSES)[number];

export const ACTIVITY_PRIORITIES = ['LOW', 'NORMAL', 'HIGH', 'URGENT'] as const;
export type ActivityPriority = (typeof ACTIVITY_PRIORITIES)[number];

const dateTime = z.coerce.date({ error: 'v.date' }).nullish();

const activityFields = {
  status: z.enum(ACTIVITY_STATUSES).optional(),
  priority: z.enum(ACTIVITY_PRIORITIES).optional(),
  description: optionalText(5000),
  startAt: dateTime,
  dueAt: dateTime,
  assigneeId: optionalId,
  participantIds: z.array(z.string()).max(50, { error: 'v.tooMany' }).optional(),
  customerIds: z.array(z.string()).max(50, { error: 'v.tooMany' }).optional(),
};

/** ACT-01: the due date-time cannot come before the start. */
function dueAfterStart(v: { startAt?: Date | null; dueAt?: Date | null }, ctx: z.RefinementCtx) {
  if (v.startAt && v.dueAt && v.dueAt.getTime() < v.startAt.getTime()) {
    ctx.addIssue({ code: 'custom', path: ['dueAt'], message: 'v.dueBeforeStart' });
  }
}

export const createActivitySchema = z
  .object({
    name: requiredText(255),
    type: z.enum(ACTIVITY_TYPES, { error: 'v.required' }),
    ...activityFields,
  })
  .superRefine(dueAfterStart);
export type CreateActivityValues = z.input<typeof createActivitySchema>;
export type CreateActivityData = z.output<typeof createActivitySchema>;

export const updateActivitySchema = z
  .object({
    name: requiredText(255).optional(),
    type: z.enum(ACTIVITY_TYPES).optional(),
    ...activityFields,
    version: z.number().int(),
  })
  .superRefine(dueAfterStart);
export type UpdateActivityValues = z.input<typeof updateActivitySchema>;
export type UpdateActivityData = z.output<typeof updateActivitySchema>;

/** CUS-11 "Thêm giao dịch nhanh": name, description, type. */
export const quickActivitySchema = z.object({
  name: requiredText(255),
  type: z.enum(ACTIVITY_TYPES, { error: 'v.required' }),
  description: optionalText(5000),
});
export type QuickActivityValues = z.input<typeof quickActivitySchema>;

export const activityCommentSchema = z.object({ body: requiredText(5000) });
export type ActivityCommentValues = z.input<typeof activityCommentSchema>;

export const greetingSchema = z.object({
  subject: requiredText(255),
  body: requiredText(20000),
});
export type GreetingValues = z.input<typeof greetingSchema>;
