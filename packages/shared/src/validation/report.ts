import { z } from 'zod';
import { isoDate } from './common';

/** The longest period a report covers (a little over three years of days). */
export const REPORT_MAX_DAYS = 1100;

const days = (from: string, to: string) =>
  (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;

/** REP-02 and task statistics: a period of Vietnamese calendar days, `to` included. */
export const reportRangeSchema = z
  .object({ from: isoDate, to: isoDate })
  .refine((r) => days(r.from, r.to) >= 0, { error: 'v.endBeforeStart', path: ['to'] })
  .refine((r) => days(r.from, r.to) <= REPORT_MAX_DAYS, { error: 'v.reportRangeTooLong', path: ['to'] });

export const KPI_METRICS = ['NEW_CUSTOMERS', 'ACTIVITIES_DONE', 'CONTRACTS_SIGNED', 'REVENUE'] as const;
export type KpiMetric = (typeof KPI_METRICS)[number];

/** `YYYY-MM` of a month between 2000 and 2999. */
export const kpiMonth = z.string().regex(/^2\d{3}-(0[1-9]|1[0-2])$/, { error: 'v.month' });

/** REP-01: one target of a month, for a user or a department (exactly one of them). */
export const kpiTargetSchema = z
  .object({
    userId: z.string().nullish(),
    departmentId: z.string().nullish(),
    metric: z.enum(KPI_METRICS, { error: 'v.invalid' }),
    // Whole units (customers, activities, contracts) or whole đồng.
    target: z
      .string({ error: 'v.required' })
      .trim()
      .regex(/^\d{1,15}$/, { error: 'v.kpiTarget' }),
  })
  .refine((t) => Boolean(t.userId) !== Boolean(t.departmentId), {
    error: 'v.kpiSubject',
    path: ['userId'],
  });

export const setKpiTargetsSchema = z.object({
  month: kpiMonth,
  targets: z.array(kpiTargetSchema).max(2000, { error: 'v.invalid' }),
});
export type SetKpiTargetsValues = z.input<typeof setKpiTargetsSchema>;
