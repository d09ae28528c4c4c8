import { Field, Int, ObjectType } from 'type-graphql';
import { graphqlEnum, type EnumValue } from './enums';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { COUNT_CAP, ESTIMATE_ABOVE, roundEstimate } from './count-rules';

export { COUNT_CAP, ESTIMATE_ABOVE, roundEstimate };

/**
 * EXACT: the number of records, counted. AT_LEAST: counting stopped at `value`, there are more (a
 * screen shows "hơn 10.000"). ESTIMATE: PostgreSQL's estimate from its statistics, not counted (a
 * screen shows "khoảng …").
 */
export const CountKind = graphqlEnum(
  ['EXACT', 'AT_LEAST', 'ESTIMATE'] as const,
  'CountKind',
  'Whether a list size was counted (EXACT), counted up to a cap (AT_LEAST) or estimated.',
);
export type CountKind = EnumValue<typeof CountKind>;

@ObjectType({
  simpleResolvers: true,
  description:
    'A list’s size as a screen shows it: exact where that is cheap, else counted up to a cap or estimated, and saying which. `totalCount` stays the exact count.',
})
export class CountInfo {
  @Field(() => Int)
  value!: number;

  @Field(() => CountKind)
  kind!: CountKind;

  /** Whether `value` is the exact number (kind EXACT). */
  @Field()
  exact!: boolean;
}

export const countInfo = (value: number, kind: CountKind): CountInfo => ({
  value,
  kind,
  exact: kind === CountKind.EXACT,
});

/** The rows a query would return by the planner's estimate (its plan only; nothing is run). */
export async function estimateRows<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>): Promise<number> {
  const [text, values] = qb.clone().select('1').orderBy().getQueryAndParameters();
  const rows: { 'QUERY PLAN': [{ Plan: { 'Plan Rows': number } }] }[] = await qb.connection.query(
    `EXPLAIN (FORMAT JSON) ${text}`,
    values,
  );
  return Math.round(rows[0]['QUERY PLAN'][0].Plan['Plan Rows']);
}

/**
 * The query's rows counted up to `cap + 1`: exact at or below the cap. The query must not repeat a
 * row (no join to many).
 */
export async function countUpTo<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  cap = COUNT_CAP,
): Promise<number> {
  const [text, values] = qb
    .clone()
    .select('1')
    .orderBy()
    .limit(cap + 1)
    .getQueryAndParameters();
  const rows: { n: number }[] = await qb.connection.query(
    `SELECT count(*)::int AS n FROM (${text}) AS bounded`,
    values,
  );
  return rows[0].n;
}

/**
 * A list's size without counting more than the cap: the planner's estimate when that, or what
 * counting would read, is above the cap; else a count up to the cap (exact at or below it, "at
 * least" the cap above it).
 */
export async function boundedCount<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  /** The planner's estimate of `qb`'s rows, when the caller has a better one than `qb`'s plan. */
  estimated?: number,
  /** How many rows counting would read, when more than it counts (a scope checked row by row). */
  read?: number,
): Promise<CountInfo> {
  const estimate = estimated ?? (await estimateRows(qb));
  if (Math.max(estimate, read ?? 0) > ESTIMATE_ABOVE) {
    return countInfo(roundEstimate(estimate), CountKind.ESTIMATE);
  }
  const n = await countUpTo(qb);
  if (n <= COUNT_CAP) {
    return countInfo(n, CountKind.EXACT);
  }
  return countInfo(COUNT_CAP, CountKind.AT_LEAST);
}
