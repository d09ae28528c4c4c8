import { CUSTOMER_FIELDS, entries, type FieldSpec, type TextMatch } from '@sen/shared';
import type { SelectQueryBuilder } from 'typeorm';
import { containsFolded, escapeLike, validIds } from '../../core/sql';
import { searchCondition } from '../../db/search';
import type { CustomerFilterValues } from './customer.inputs';

type Query = SelectQueryBuilder<never> | SelectQueryBuilder<object>;

/** The condition of a text filter (CUS-09) on `column`, and the value it is given. */
function textCondition(column: string, match: TextMatch, raw: string, param: string) {
  const value = raw.trim();
  switch (match) {
    case 'fold':
      return { sql: `sen_fold(${column}) LIKE :${param}`, value: containsFolded(raw) };
    case 'ilike':
      return { sql: `${column} ILIKE :${param}`, value: `%${escapeLike(value)}%` };
    case 'lower':
      return { sql: `${column} LIKE :${param}`, value: `%${escapeLike(value.toLowerCase())}%` };
    case 'like':
      return { sql: `${column} LIKE :${param}`, value: `%${escapeLike(value)}%` };
    case 'digits':
      return { sql: `${column} LIKE :${param}`, value: `%${digitsOf(value)}%` };
  }
}

/** A phone as its digits, `+84`/`84` read as `0`. */
const digitsOf = (text: string) => text.replace(/\D/g, '').replace(/^84/, '0');

/** The list value a filter holds, or null when it sets nothing. */
function listOf(value: unknown, spec: FieldSpec): string[] | null {
  if (!Array.isArray(value) || value.length === 0) {
    return null;
  }
  const ids = spec.kind === 'category' || spec.kind === 'categories' || spec.kind === 'user';
  return ids ? validIds(value as string[]) : (value as string[]);
}

/**
 * The declared filters of the customer list (`CUSTOMER_FIELDS[*].filter`) on `c`. A text filter
 * first narrows through the search text's indexes when the field's text is part of it (`narrow`),
 * as the quick search does; `estimate` writes them for the planner's estimate (`searchCondition`).
 */
export function applyFieldFilters(qb: Query, filter: CustomerFilterValues, estimate: boolean): void {
  const values = filter as Record<string, unknown>;
  for (const [key, spec] of entries(CUSTOMER_FIELDS)) {
    const f = spec.filter;
    const column = `c.${spec.column}`;
    switch (f?.mode) {
      case 'text': {
        const raw = values[key];
        if (typeof raw !== 'string' || raw.trim() === '') {
          break;
        }
        if (f.narrow === 'words') {
          const match = searchCondition('c', raw, `${key}Words`, { precheck: !estimate });
          qb.andWhere(match.sql, match.params);
        } else if (f.narrow === 'searchText') {
          const text = f.match === 'digits' ? `%${digitsOf(raw)}%` : containsFolded(raw.trim());
          qb.andWhere(`c.search_text LIKE :${key}Text`, { [`${key}Text`]: text });
        }
        const { sql, value } = textCondition(column, f.match, raw, key);
        qb.andWhere(sql, { [key]: value });
        break;
      }
      case 'equals':
        if (typeof values[key] === 'string' && values[key] !== '') {
          qb.andWhere(`${column} = :${key}`, { [key]: values[key] });
        }
        break;
      case 'in': {
        const list = listOf(values[f.key], spec);
        if (!list) {
          break;
        }
        if (spec.kind === 'categories') {
          qb.andWhere(
            `EXISTS (SELECT 1 FROM customer_group fg WHERE fg.customer_id = c.id AND fg.group_id IN (:...${f.key}))`,
            { [f.key]: list },
          );
        } else if (spec.kind === 'tags') {
          qb.andWhere(`${column} && :${f.key}::text[]`, { [f.key]: list });
        } else {
          qb.andWhere(`${column} IN (:...${f.key})`, { [f.key]: list });
        }
        break;
      }
      case 'dateRange': {
        const from = values[f.from];
        const to = values[f.to];
        // A moment is compared by its Vietnamese calendar day, whatever the server's zone.
        const day = (p: string) =>
          spec.kind === 'moment' ? `(:${p}::date)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh'` : `:${p}::date`;
        const nextDay = (p: string) =>
          spec.kind === 'moment'
            ? `((:${p}::date) + 1)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh'`
            : `(:${p}::date) + 1`;
        if (typeof from === 'string' && from) {
          qb.andWhere(`${column} >= ${day(f.from)}`, { [f.from]: from });
        }
        if (typeof to === 'string' && to) {
          qb.andWhere(`${column} < ${nextDay(f.to)}`, { [f.to]: to });
        }
        break;
      }
      case undefined:
        break;
    }
  }
}

/** The SQL a sort key orders by: nullable columns through coalesce, so the keyset comparison stays total. */
export const CUSTOMER_SORT_SQL: Record<string, string> = Object.fromEntries(
  entries(CUSTOMER_FIELDS)
    .filter(([, spec]) => spec.sort)
    .map(([, spec]) => {
      const column = `c.${spec.column}`;
      const sql =
        spec.kind === 'user'
          ? `(SELECT ou.name FROM app_user ou WHERE ou.id = ${column})`
          : spec.notNull
            ? column
            : `coalesce(${column}, '')`;
      return [spec.sort, sql];
    }),
);
