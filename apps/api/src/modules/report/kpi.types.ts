import { KPI_METRICS, type KpiMetric } from '@sen/shared';
import { Field, Float, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { DecimalScalar } from '../sales/decimal-scalar';
import { graphqlEnum, type EnumValue } from '../../graphql/enums';

export const KpiMetricEnum = Object.fromEntries(KPI_METRICS.map((m) => [m, m])) as { [K in KpiMetric]: K };
registerEnumType(KpiMetricEnum, {
  name: 'KpiMetric',
  description:
    'NEW_CUSTOMERS: customers created in the month by their owner; ACTIVITIES_DONE: activities DONE due ' +
    'in the month by their assignee; CONTRACTS_SIGNED: contracts by signing date (not drafts or cancelled); ' +
    'REVENUE: issued invoices by date, in đồng.',
});

export const KpiSubject = graphqlEnum(['USER', 'DEPARTMENT'] as const, 'KpiSubject');
export type KpiSubject = EnumValue<typeof KpiSubject>;

@ObjectType({ simpleResolvers: true, description: 'REP-01: a target of a month for a user or a department.' })
export class KpiTarget {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'YYYY-MM' })
  month!: string;

  @Field(() => ID, { nullable: true })
  userId!: string | null;

  @Field(() => ID, { nullable: true })
  departmentId!: string | null;

  @Field(() => KpiMetricEnum)
  metric!: KpiMetric;

  @Field(() => DecimalScalar)
  target!: string;
}

@InputType()
export class KpiTargetInput {
  @Field(() => ID, { nullable: true })
  userId?: string | null;

  @Field(() => ID, { nullable: true })
  departmentId?: string | null;

  @Field(() => KpiMetricEnum)
  metric!: KpiMetric;

  @Field(() => DecimalScalar, { description: 'A whole number (đồng for REVENUE).' })
  target!: string;
}

@ObjectType({
  simpleResolvers: true,
  description: 'Target, actual and % of one metric for a user or a department.',
})
export class KpiRow {
  @Field(() => ID)
  subjectId!: string;

  @Field()
  subjectName!: string;

  @Field(() => KpiMetricEnum)
  metric!: KpiMetric;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'None set: null. A department without its own target sums its users’ targets.',
  })
  target!: string | null;

  @Field(() => DecimalScalar)
  actual!: string;

  @Field(() => Float, {
    nullable: true,
    description: 'actual / target × 100, one decimal; null without a target.',
  })
  percent!: number | null;
}
