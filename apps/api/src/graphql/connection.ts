import { AppError, PAGE_SIZE_DEFAULT, PAGE_SIZE_MAX } from '@sen/shared';
import { ArgsType, Field, Int, ObjectType, registerEnumType, type ClassType } from 'type-graphql';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { preparedRawMany } from '../db/prepared';
import { boundedCount, countInfo, CountInfo, CountKind } from './count';

export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(SortDirection, { name: 'SortDirection' });

@ObjectType({ simpleResolvers: true })
export class PageInfo {
  @Field()
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, {
    nullable: true,
    description: `Page size: default ${PAGE_SIZE_DEFAULT}, at most ${PAGE_SIZE_MAX}.`,
  })
  first?: number | null;

  @Field(() => String, { nullable: true })
  after?: string | null;

  /**
   * Not a GraphQL argument: the largest `first` a reader inside the server may ask for (an export
   * reads its list in pages of thousands; a client's page stays at most PAGE_SIZE_MAX).
   */
  maxFirst?: number;
}

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  nodes: T[];
  pageInfo: PageInfo;
  totalCount: () => Promise<number>;
  countInfo: () => Promise<CountInfo>;
}

/** A Relay connection type per node type; `totalCount` is only counted when asked for. */
export function ConnectionType<T extends object>(nodeType: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`, { simpleResolvers: true })
  class Edge {
    @Field()
    cursor!: string;

    @Field(() => nodeType)
    node!: T;
  }

  @ObjectType(`${name}Connection`, { simpleResolvers: true })
  class ConnectionClass {
    @Field(() => [Edge])
    edges!: Edge[];

    @Field(() => [nodeType])
    nodes!: T[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    // A simple (default) resolver calls the function, so the count runs only when selected.
    @Field(() => Int, { simple: true, description: 'The exact number of matching records.' })
    totalCount!: () => Promise<number>;

    @Field(() => CountInfo, {
      simple: true,
      description:
        'The number of matching records as a screen shows it: exact where that is cheap, else counted up to 10,000 or estimated (see `kind`).',
    })
    countInfo!: () => Promise<CountInfo>;
  }
  return ConnectionClass;
}

export function resolveFirst(first: number | null | undefined, max = PAGE_SIZE_MAX): number {
  if (first === null || first === undefined) {
    return PAGE_SIZE_DEFAULT;
  }
  if (!Number.isInteger(first) || first < 0 || first > max) {
    throw new AppError('BAD_USER_INPUT', {
      messageKey: 'query.firstTooLarge',
      params: { max },
      details: { fieldErrors: [{ field: 'first', message: 'query.firstTooLarge' }] },
    });
  }
  return first;
}

type CursorValue = string | number | boolean | null;

export function encodeCursor(values: CursorValue[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

export function decodeCursor(cursor: string, length: number): CursorValue[] {
  try {
    const values: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    const scalar = (v: unknown) => v === null || ['string', 'number', 'boolean'].includes(typeof v);
    if (Array.isArray(values) && values.length === length && values.every(scalar)) {
      return values as CursorValue[];
    }
  } catch {
    // fall through to the error below
  }
  throw new AppError('BAD_USER_INPUT', {
    messageKey: 'query.badCursor',
    details: { fieldErrors: [{ field: 'after', message: 'query.badCursor' }] },
  });
}

export interface KeysetSort {
  /** SQL expression of the sort key, e.g. `u.name` or `coalesce(c.email, '')` (never user input). */
  expression: string;
  direction: SortDirection;
}

/**
 * Keyset pagination: cursor = the sort value + id; fetches `first + 1` rows to know whether
 * another page follows. Stable under inserts, and each page costs an index range scan.
 */
/**
 * `qb` narrowed to the keyset page that follows the cursor `after` (none: the first page), in the
 * sort's order with the id as tie-break, `limit` rows: what `paginate` reads, and what a caller
 * building a page from several parts asks of each part.
 */
export function keysetWindow<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  after: string | null | undefined,
  sort: KeysetSort,
  limit: number,
): SelectQueryBuilder<T> {
  const alias = qb.alias;
  if (after) {
    const [value, id] = decodeCursor(after, 2);
    const op = sort.direction === SortDirection.ASC ? '>' : '<';
    qb.andWhere(`(${sort.expression}, ${alias}.id) ${op} (:cursorValue, :cursorId)`, {
      cursorValue: value,
      cursorId: id,
    });
  }
  return qb.orderBy(sort.expression, sort.direction).addOrderBy(`${alias}.id`, sort.direction).limit(limit);
}

export async function paginate<T extends ObjectLiteral & { id: string }>(
  qb: SelectQueryBuilder<T>,
  args: PageArgs,
  sort: KeysetSort,
  /** Builds each node from its raw row instead of TypeORM's transformer (no joined relations). */
  hydrate?: (raw: Record<string, unknown>) => T,
  /**
   * Run as a named prepared statement (with `hydrate` only): for queries whose best plan does not
   * depend on the parameters' values (equality filters, keyset cursors), never for text patterns.
   */
  prepare = false,
  /** Adds to the page's query only, not to its count (a join whose columns come with the page). */
  pageOnly?: (page: SelectQueryBuilder<T>) => void,
): Promise<Connection<T> & { raw: Record<string, unknown>[] }> {
  const first = resolveFirst(args.first, args.maxFirst);
  const countQuery = qb.clone();
  pageOnly?.(qb);
  // Parenthesised: TypeORM would otherwise re-alias a plain column path and drop it from the entity.
  keysetWindow(qb, args.after, sort, first + 1)
    .addSelect(`(${sort.expression})`, 'sort_key')
    // A timestamp's cursor keeps its microseconds (a JS Date has milliseconds: rows sharing the
    // last row's millisecond but after it, such as an import's rows of one transaction, were skipped).
    .addSelect(`(${sort.expression})::text`, 'sort_key_text');
  const { entities, raw } = first === 0 ? { entities: [], raw: [] } : await fetchRows(qb, hydrate, prepare);
  const page = entities.slice(0, first);
  // A first page that is not full holds every match: its size is the count.
  const wholeList = first > 0 && !args.after && entities.length <= first;
  const edges = page.map((node, i) => {
    const row = raw[i] as { sort_key: CursorValue | Date; sort_key_text: string };
    const v = row.sort_key;
    return { cursor: encodeCursor([v instanceof Date ? row.sort_key_text : v, node.id]), node };
  });
  return {
    edges,
    nodes: page,
    pageInfo: { hasNextPage: entities.length > first, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount: () => (wholeList ? Promise.resolve(page.length) : countQuery.getCount()),
    countInfo: () => listCount(countQuery, page.length, wholeList),
    // The raw row of each node, for columns a caller added beside the entity's own.
    raw: (raw as Record<string, unknown>[]).slice(0, page.length),
  };
}

/**
 * A first page that is not full holds every match: its size is the count. A query joined to many
 * rows per record is counted exactly (a bounded count would count its repeats).
 */
async function listCount<T extends ObjectLiteral>(
  countQuery: SelectQueryBuilder<T>,
  pageSize: number,
  /** A first page of a non-zero size that has no next page. */
  wholeList: boolean,
): Promise<CountInfo> {
  if (wholeList) {
    return countInfo(pageSize, CountKind.EXACT);
  }
  if (countQuery.expressionMap.joinAttributes.length > 0) {
    return countInfo(await countQuery.getCount(), CountKind.EXACT);
  }
  return boundedCount(countQuery);
}

async function fetchRows<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  hydrate: ((raw: Record<string, unknown>) => T) | undefined,
  prepare: boolean,
): Promise<{ entities: T[]; raw: Record<string, unknown>[] }> {
  if (!hydrate) {
    return qb.getRawAndEntities();
  }
  const raw: Record<string, unknown>[] = prepare ? await preparedRawMany(qb) : await qb.getRawMany();
  return { entities: raw.map(hydrate), raw };
}
