import { AppError, type Role } from '@sen/shared';
import { Brackets, type EntityManager, type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';
import type { AuthUser } from './caller';
import { UUID } from './sql';

/**
 * What a caller may do with a record (USR-02):
 * - view: read it;
 * - work: edit it (the owner's side, plus the people it is shared with or assigned to);
 * - manage: delete, restore, share, transfer (the owner's side only).
 */
export type Purpose = 'view' | 'work' | 'manage';

/**
 * A user related to a record through a column of its own or a link table (user_id). A link table
 * reads per row (`EXISTS`), or with `set` as the caller's links gathered once (`id IN (…)`, hashed):
 * the same rule, which the planner costs at the hash it runs instead of a probe per row — over the
 * 50,000 care cards of a unit's quarter the per-row estimate (×50) crossed `jit_above_cost`, and
 * each count paid a JIT compile.
 */
export type Member = { column: string } | { table: string; key: string; set?: boolean };

/**
 * How the ownership of a record type reads in SQL; one declaration per owned table, and every
 * record is scoped by it the same way:
 * - ADMIN: everything;
 * - the owner, and a MANAGER for the owners (or `department` columns) of their department: all purposes;
 * - `members` (shares, assignees, participants): view and work (`shareManages`: never manage);
 * - `via`: records visible through a parent the caller may see (a contact's customer): view only.
 */
export interface Ownership {
  table: string;
  owner: string;
  /** The columns a manager's department is matched against (default: the owner). */
  department?: readonly string[];
  members?: readonly Member[];
  /** Whether members may also work on the record (customers: shared users edit it). */
  membersWork?: boolean;
  /**
   * Purposes open on every record to these roles, beside the owner's side (a shared catalogue such
   * as products: everyone sees all of them, managers keep them).
   */
  openTo?: Partial<Record<Purpose, readonly Role[]>>;
  via?: {
    ownership: Ownership;
    /**
     * `ownerCopy`: a column of this table that the database keeps equal to the parent's owner (a
     * document's `customer_owner_id`), so the parent's owner and department ways in are read on
     * this table's own indexes; the parent's member tables (shares) are still read through it.
     */
    link: { column: string; ownerCopy?: string } | { table: string; key: string; parentKey: string };
  };
}

const DEPT = `(SELECT du.id FROM app_user du WHERE du.department_id = :scopeDept)`;

function memberSql(alias: string, m: Member, shape: ScopeShape): string {
  if ('column' in m) {
    return `${alias}.${m.column} = :scopeMe`;
  }
  return m.set || shape === 'set'
    ? `${alias}.id IN (SELECT sm.${m.key} FROM ${m.table} sm WHERE sm.user_id = :scopeMe)`
    : `EXISTS (SELECT 1 FROM ${m.table} sm WHERE sm.${m.key} = ${alias}.id AND sm.user_id = :scopeMe)`;
}

/**
 * How a scoped query reads its rows:
 * - `rows` (lists, one record): the rule per row, which stops early under a LIMIT;
 * - `set` (counts and sums over everything visible: the pipeline board, dashboards): the parents
 *   the caller sees (a document's customers) gathered once, each way in read from its index, and
 *   joined to the rows by a hash instead of a lookup of the parent for each of 200,000 rows. The
 *   query must not otherwise multiply rows (the set holds each parent once). Through a link table
 *   (an activity's customers) the set is of the linked records, each once; member tables (an
 *   activity's participants) read as one set each.
 */
export type ScopeShape = 'rows' | 'set' | { way: number };

/**
 * What the text {@link scopeOwned} writes depends on besides the record: the caller's role and
 * whether they belong to a department. Their ids are parameters (`:scopeMe`, `:scopeDept`), so
 * one statement text serves every caller with the same key.
 */
export function scopeShapeKey(caller: AuthUser): string {
  return caller.departmentId ? `${caller.role}+dept` : caller.role;
}

/** Limits `qb` (over `alias`, a table of `o`) to what the caller may see or change. */
export function scopeOwned<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  alias: string,
  caller: AuthUser,
  o: Ownership,
  purpose: Purpose = 'view',
  shape: ScopeShape = 'rows',
): SelectQueryBuilder<T> {
  if (caller.role === 'ADMIN' || o.openTo?.[purpose]?.includes(caller.role)) {
    return qb;
  }
  if (typeof shape === 'object') {
    const way = disjointWays(alias, caller, o)?.[shape.way];
    if (!way || purpose !== 'view') {
      throw new Error(`no way ${shape.way} into ${o.table} for ${caller.role} (${purpose})`);
    }
    return qb.andWhere(way, { scopeMe: caller.id, scopeDept: caller.departmentId });
  }
  // With the parent's owner copied onto the row, every way in is a column of this table: as arrays
  // gathered once, an index reads each as a bitmap, for a list's page and its count as for a sum
  // (a STAFF user's 'Đã gửi' quotes of a half-year: the rule per row walked the half-year's dates).
  const viaLink = o.via?.link;
  const copied = Boolean(
    viaLink && 'column' in viaLink && viaLink.ownerCopy && copiesOwnerSide(o.via!.ownership),
  );
  const armShape: ScopeShape = copied ? 'set' : shape;
  return qb.andWhere(
    new Brackets((w) => {
      w.where(`${alias}.${o.owner} = :scopeMe`, { scopeMe: caller.id });
      if (caller.role === 'MANAGER' && caller.departmentId) {
        for (const column of o.department ?? [o.owner]) {
          w.orWhere(inSet(`${alias}.${column}`, DEPT, armShape), { scopeDept: caller.departmentId });
        }
      }
      if (purpose === 'view' || (purpose === 'work' && o.membersWork !== false)) {
        for (const m of o.members ?? []) {
          w.orWhere(memberSql(alias, m, shape));
        }
      }
      if (purpose === 'view' && o.via) {
        const parent = o.via.ownership;
        const link = o.via.link;
        if ('column' in link && link.ownerCopy && copiesOwnerSide(parent)) {
          // The parent's owner side on the copy; its shares as the caller's set of parents.
          const copy = `${alias}.${link.ownerCopy}`;
          w.orWhere(`${copy} = :scopeMe`);
          if (caller.role === 'MANAGER' && caller.departmentId) {
            w.orWhere(inSet(copy, DEPT, armShape));
          }
          for (const share of parentShares(`${alias}.${link.column}`, parent, armShape)) {
            w.orWhere(share);
          }
        } else if ('column' in link && !parent.via && !parent.openTo?.view?.includes(caller.role)) {
          const arms = parentArms(parent, caller, `${alias}.${link.column}`);
          if (shape === 'set') {
            // The visible parents as one set joined once (a hash join, which spills to disk when
            // large, where `IN (…)` under an OR would turn into a lookup of the set for every row).
            const parents = `scope_${alias}`;
            qb.leftJoin(
              `(${arms.map((a) => a.set).join(' UNION ')})`,
              parents,
              `${parents}.id = ${alias}.${link.column}`,
            );
            w.orWhere(`${parents}.id IS NOT NULL`);
          } else {
            // One index probe per way in (owner, department, share), each stopping at its first match.
            for (const arm of arms) {
              w.orWhere(`EXISTS (${arm.probe})`);
            }
          }
        } else if (
          shape === 'set' &&
          !('column' in link) &&
          !parent.via &&
          !parent.openTo?.view?.includes(caller.role)
        ) {
          // The records linked to a visible live parent (an activity's customers), gathered once
          // from the link table's parent index and joined by a hash: the rule per row read the
          // link and the parent of each of ~1,000,000 activities of a STAFF user's year. The
          // parents as an array, so the links are read from the index for each of them (`IN (…)`
          // was planned as a scan of all 6,000,000 links: 23 s against 7.7 s on the bench base).
          const linked = `scope_${alias}`;
          const arms = parentArms(parent, caller, 'vl.' + link.parentKey, true);
          qb.leftJoin(
            `(SELECT DISTINCT vl.${link.key} AS id FROM ${link.table} vl
               WHERE vl.${link.parentKey} = ANY (ARRAY(${arms.map((a) => a.set).join(' UNION ')})))`,
            linked,
            `${linked}.id = ${alias}.id`,
          );
          w.orWhere(`${linked}.id IS NOT NULL`);
        } else {
          w.orWhere(`EXISTS ${viaQuery(qb, alias, caller, o.via)}`);
        }
      }
    }),
    { scopeMe: caller.id, scopeDept: caller.departmentId },
  );
}

/**
 * What `view` opens, as disjoint ways in, each leaving out the rows of the ways before it: the
 * rows the caller owns (their department's, for a manager), those of the customers they own, and
 * those of customers shared with them. A count or a sum over the visible rows is then the sum of
 * one per way (`{ way: k }` shapes), each read from its index alone: a manager's pipeline counted
 * 50,000 of 200,000 cards by testing every card against every way. Only for records that keep a
 * copy of their parent's owner and have no members of their own; else null, and the count runs on
 * the one scope.
 */
export function disjointWays(alias: string, caller: AuthUser, o: Ownership): string[] | null {
  const link = o.via?.link;
  if (
    caller.role === 'ADMIN' ||
    !link ||
    !('column' in link) ||
    !link.ownerCopy ||
    !copiesOwnerSide(o.via!.ownership) ||
    (o.members ?? []).length > 0 ||
    (o.department ?? [o.owner]).some((c) => c !== o.owner)
  ) {
    return null;
  }
  // The caller and, for a manager, their department's people: one array an index reads at once.
  const mine =
    caller.role === 'MANAGER' && caller.departmentId
      ? `(SELECT CAST(:scopeMe AS uuid) UNION SELECT du.id FROM app_user du WHERE du.department_id = :scopeDept)`
      : null;
  const ofMine = (column: string) => (mine ? inSet(column, mine, 'set') : `${column} = :scopeMe`);
  const ways = [
    ofMine(`${alias}.${o.owner}`),
    ofMine(`${alias}.${link.ownerCopy}`),
    ...parentShares(`${alias}.${link.column}`, o.via!.ownership, 'set'),
  ];
  return ways.map((way, i) =>
    [`(${way})`, ...ways.slice(0, i).map((before) => `NOT (${before})`)].join(' AND '),
  );
}

/** The parent's member tables (shares) as ways in: `parentId` among the parents shared with the caller. */
function parentShares(parentId: string, parent: Ownership, shape: ScopeShape): string[] {
  return (parent.members ?? []).flatMap((m) =>
    'column' in m
      ? []
      : [inSet(parentId, `(SELECT sm.${m.key} FROM ${m.table} sm WHERE sm.user_id = :scopeMe)`, shape)],
  );
}

/** Whether a copy of the parent's owner stands for every way in but its member tables. */
function copiesOwnerSide(p: Ownership): boolean {
  const dept = p.department ?? [p.owner];
  return (
    !p.via &&
    !p.openTo?.view &&
    dept.length === 1 &&
    dept[0] === p.owner &&
    (p.members ?? []).every((m) => !('column' in m))
  );
}

/**
 * `expr` among the ids `sub` (a parenthesised query) gives: per row a hashed lookup (`rows`), or for
 * `set` also the ids gathered once into an array, which an index on `expr` reads as one bitmap
 * beside the other ways in (the counts of a STAFF user's pipeline read 10,000 of 200,000 cards).
 * Both, hashed first: where the planner scans the table instead, the array alone is searched
 * element by element for every row (a manager's 970 shares × 200,000 cards: 0.8 s; hashed, 0.2 s).
 */
function inSet(expr: string, sub: string, shape: ScopeShape): string {
  return shape === 'set' ? `(${expr} IN ${sub} AND ${expr} = ANY(ARRAY${sub}))` : `${expr} IN ${sub}`;
}

/**
 * The ways a caller sees a parent record (owner, department, each member column or table), each as
 * the set of parent ids it opens (`set`) and as a probe of one parent id `key` (`probe`), both
 * index-driven; parameters :scopeMe and :scopeDept, set by the caller's scope.
 */
function parentArms(
  p: Ownership,
  caller: AuthUser,
  key: string,
  /** Live parents only (not in the trash), as a link table's rule reads them. */
  live = false,
): { set: string; probe: string }[] {
  const alive = live ? ' AND pp.deleted_at IS NULL' : '';
  const column = (where: string) => ({
    set: `SELECT pp.id FROM ${p.table} pp WHERE ${where}${alive}`,
    probe: `SELECT 1 FROM ${p.table} pp WHERE pp.id = ${key} AND ${where}${alive}`,
  });
  const arms = [column(`pp.${p.owner} = :scopeMe`)];
  if (caller.role === 'MANAGER' && caller.departmentId) {
    for (const c of p.department ?? [p.owner]) {
      arms.push(column(`pp.${c} IN ${DEPT}`));
    }
  }
  for (const m of p.members ?? []) {
    arms.push(
      'column' in m
        ? column(`pp.${m.column} = :scopeMe`)
        : live
          ? column(`pp.id IN (SELECT sm.${m.key} FROM ${m.table} sm WHERE sm.user_id = :scopeMe)`)
          : {
              set: `SELECT sm.${m.key} FROM ${m.table} sm WHERE sm.user_id = :scopeMe`,
              probe: `SELECT 1 FROM ${m.table} sm WHERE sm.${m.key} = ${key} AND sm.user_id = :scopeMe`,
            },
    );
  }
  return arms;
}

function viaQuery<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  alias: string,
  caller: AuthUser,
  via: NonNullable<Ownership['via']>,
): string {
  const parent = via.ownership;
  const sub = qb.subQuery().select('1');
  const link = via.link;
  if ('column' in link) {
    sub.from(parent.table, 'vp').where(`vp.id = ${alias}.${link.column}`);
  } else {
    sub
      .from(link.table, 'vl')
      .innerJoin(parent.table, 'vp', `vp.id = vl.${link.parentKey} AND vp.deleted_at IS NULL`)
      .where(`vl.${link.key} = ${alias}.id`);
  }
  return scopeOwned(sub, 'vp', caller, parent, 'view').getQuery();
}

/**
 * All of `ids` for `purpose`, locked for the caller's transaction, or the whole call fails and
 * nothing changes: NOT_FOUND when one is not visible (it does not exist for the caller), FORBIDDEN
 * when all are visible but one is not open to this purpose.
 */
export async function assertInScope(
  m: EntityManager,
  o: Ownership,
  ids: readonly string[],
  caller: AuthUser,
  purpose: Purpose,
  state: 'live' | 'trash' = 'live',
): Promise<string[]> {
  const unique = [...new Set(ids)];
  if (unique.length === 0 || unique.some((id) => !UUID.test(id))) {
    throw new AppError('NOT_FOUND');
  }
  const query = (p: Purpose) =>
    scopeOwned(
      m
        .createQueryBuilder()
        .from(o.table, 'r')
        .where('r.id IN (:...ids)', { ids: unique })
        .andWhere(state === 'live' ? 'r.deleted_at IS NULL' : 'r.deleted_at IS NOT NULL'),
      'r',
      caller,
      o,
      p,
    );
  const rows: { id: string }[] = await query(purpose)
    .select('r.id', 'id')
    .setLock('pessimistic_write', undefined, ['r'])
    .getRawMany();
  if (rows.length === unique.length) {
    return unique;
  }
  if (purpose !== 'view') {
    const visible = (await query('view').select('count(*)::int', 'n').getRawOne()) as { n: number };
    if (visible.n === unique.length) {
      throw new AppError('FORBIDDEN');
    }
  }
  throw new AppError('NOT_FOUND');
}

/** Whether the caller may see the record `id` of `o` (live or in the trash). */
export async function canSee(m: EntityManager, o: Ownership, id: string, caller: AuthUser): Promise<boolean> {
  if (!UUID.test(id)) {
    return false;
  }
  const qb = m.createQueryBuilder().select('1').from(o.table, 'r').where('r.id = :rid', { rid: id });
  return Boolean(await scopeOwned(qb, 'r', caller, o).getRawOne());
}
