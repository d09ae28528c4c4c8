import { AppError, parseInput, saveViewSchema, viewModule, type ViewModule } from '@sen/shared';
import { QueryFailedError, type DataSource, type EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { auditText } from '../../core/audit-text';
import type { AuthUser } from '../../core/caller';
import { isUuid } from '../../core/sql';
import type { AuditService } from '../audit/audit.service';
import { SavedView } from './saved-view.entity';

export interface SaveViewInput {
  id?: string | null;
  module: string;
  name: string;
  filter?: unknown;
  columns?: string[] | null;
  orderBy?: unknown;
  shared?: boolean | null;
}

/**
 * Filter keys that name other records, wherever they sit in a view's filter, and the table each
 * names: a view whose user, group or unit is gone still opens, with that part left out.
 */
const REFERENCES: Readonly<Record<string, string>> = {
  // The address-bar names some lists use (`?owner=…&unit=…`).
  owner: 'app_user',
  unit: 'department',
  group: 'category',
  ownerId: 'app_user',
  ownerIds: 'app_user',
  assigneeId: 'app_user',
  assigneeIds: 'app_user',
  executorId: 'app_user',
  executorIds: 'app_user',
  participantIds: 'app_user',
  creatorIds: 'app_user',
  userId: 'app_user',
  userIds: 'app_user',
  groupIds: 'category',
  industryIds: 'category',
  scaleIds: 'category',
  sourceIds: 'category',
  unitId: 'department',
  unitIds: 'department',
  departmentId: 'department',
  departmentIds: 'department',
};
const TABLES = [...new Set(Object.values(REFERENCES))];

type Json = Record<string, unknown>;

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Every id the filter names, per table (nested objects included, a few levels deep). */
function referencedIds(
  filter: Json,
  into = new Map<string, Set<string>>(),
  depth = 0,
): Map<string, Set<string>> {
  for (const [key, value] of Object.entries(filter)) {
    const table = REFERENCES[key];
    if (table) {
      const ids = into.get(table) ?? new Set<string>();
      for (const id of Array.isArray(value) ? value : [value]) {
        if (typeof id === 'string') {
          ids.add(id);
        }
      }
      into.set(table, ids);
    } else if (isObject(value) && depth < 4) {
      referencedIds(value, into, depth + 1);
    }
  }
  return into;
}

/** The filter without references to records that are gone, and the keys that lost some. */
function withoutMissing(
  filter: Json,
  exists: (table: string, id: string) => boolean,
  dropped: Set<string>,
  depth = 0,
): Json {
  const out: Json = {};
  for (const [key, value] of Object.entries(filter)) {
    const table = REFERENCES[key];
    if (table && Array.isArray(value)) {
      const kept = value.filter((id) => typeof id === 'string' && exists(table, id));
      if (kept.length < value.length) {
        dropped.add(key);
      }
      if (kept.length > 0) {
        out[key] = kept;
      }
    } else if (table && typeof value === 'string') {
      if (exists(table, value)) {
        out[key] = value;
      } else {
        dropped.add(key);
      }
    } else {
      out[key] = isObject(value) && depth < 4 ? withoutMissing(value, exists, dropped, depth + 1) : value;
    }
  }
  return out;
}

/** Saved views (CARE-04, X-03): a user's own, and those anyone shared, per list. */
export class SavedViewService {
  constructor(
    private readonly ds: DataSource,
    private readonly audit: AuditService,
  ) {}

  private module(name: string): ViewModule {
    const module = viewModule(name);
    if (!module) {
      throw AppError.badInput([{ field: 'module', message: 'v.viewModule' }]);
    }
    return module;
  }

  /** The caller's views and the shared ones of `module`, by name; each with the caller's default. */
  async list(caller: AuthUser, moduleName: string): Promise<SavedView[]> {
    const module = this.module(moduleName);
    const views = await this.ds
      .getRepository(SavedView)
      .createQueryBuilder('v')
      .where('v.module = :module', { module })
      .andWhere('(v.owner_id = :me OR v.shared)', { me: caller.id })
      .orderBy('lower(v.name)')
      .addOrderBy('v.created_at')
      .getMany();
    const rows: { view_id: string }[] = await this.ds.query(
      `SELECT view_id FROM saved_view_default WHERE user_id = $1 AND module = $2`,
      [caller.id, module],
    );
    return this.hydrate(views, rows[0]?.view_id ?? null);
  }

  /** Fills `isDefault` and leaves out what the filters name that no longer exists. */
  private async hydrate(views: SavedView[], defaultId: string | null, m: EntityManager = this.ds.manager) {
    const wanted = new Map<string, Set<string>>();
    for (const v of views) {
      referencedIds(v.filter, wanted);
    }
    const existing = new Map<string, Set<string>>();
    for (const table of TABLES) {
      const ids = [...(wanted.get(table) ?? [])].filter(isUuid);
      if (ids.length > 0) {
        // The table name is one of REFERENCES' constants, never user input.
        const found: { id: string }[] = await m.query(`SELECT id FROM ${table} WHERE id = ANY($1::uuid[])`, [
          ids,
        ]);
        existing.set(table, new Set(found.map((r) => r.id)));
      }
    }
    const exists = (table: string, id: string) => existing.get(table)?.has(id) ?? false;
    for (const v of views) {
      const dropped = new Set<string>();
      v.filter = withoutMissing(v.filter, exists, dropped);
      v.droppedFilters = [...dropped];
      v.isDefault = v.id === defaultId;
    }
    return views;
  }

  /** Creates a view, or updates the caller's own (`id`); an admin may update anyone's shared view. */
  async save(caller: AuthUser, input: SaveViewInput): Promise<SavedView> {
    const values = parseInput(saveViewSchema, {
      module: input.module,
      name: input.name,
      filter: input.filter,
      columns: input.columns,
      orderBy: input.orderBy,
      shared: input.shared,
    });
    // jsonb columns: TypeORM's partial-entity type cannot follow `unknown` JSON, the values are zod's.
    const row = values as QueryDeepPartialEntity<SavedView>;
    try {
      return await this.ds.transaction(async (m) => {
        let id = input.id ?? null;
        if (id) {
          const before = await this.editable(m, caller, id);
          if (before.module !== values.module) {
            throw AppError.badInput([{ field: 'module', message: 'v.invalid' }]);
          }
          await m.update(SavedView, { id }, { ...row, updatedAt: () => 'now()' });
        } else {
          const inserted = await m.insert(SavedView, { ...row, ownerId: caller.id });
          id = inserted.identifiers[0].id as string;
        }
        await this.audit.record(m, {
          action: input.id ? 'UPDATE' : 'CREATE',
          module: 'saved-views',
          recordId: id,
          userId: caller.id,
          description: auditText(input.id ? 'savedView.update' : 'savedView.create', {
            name: values.name,
            module: values.module,
          }),
        });
        const view = await m.findOneByOrFail(SavedView, { id });
        const rows: { view_id: string }[] = await m.query(
          `SELECT view_id FROM saved_view_default WHERE user_id = $1 AND module = $2`,
          [caller.id, view.module],
        );
        return (await this.hydrate([view], rows[0]?.view_id ?? null, m))[0];
      });
    } catch (err) {
      if (err instanceof QueryFailedError && (err.driverError as { code?: string }).code === '23505') {
        throw AppError.badInput([{ field: 'name', message: 'savedView.nameTaken' }]);
      }
      throw err;
    }
  }

  async remove(caller: AuthUser, id: string): Promise<boolean> {
    return this.ds.transaction(async (m) => {
      const view = await this.editable(m, caller, id);
      await m.delete(SavedView, { id });
      await this.audit.record(m, {
        action: 'DELETE',
        module: 'saved-views',
        recordId: id,
        userId: caller.id,
        description: auditText('savedView.delete', { name: view.name, module: view.module }),
      });
      return true;
    });
  }

  /** The view the caller opens `module` with; null: the list's own default. */
  async setDefault(caller: AuthUser, moduleName: string, id: string | null): Promise<boolean> {
    const module = this.module(moduleName);
    return this.ds.transaction(async (m) => {
      if (id === null) {
        await m.query(`DELETE FROM saved_view_default WHERE user_id = $1 AND module = $2`, [
          caller.id,
          module,
        ]);
        return true;
      }
      const view = await this.visible(m, caller, id);
      if (view.module !== module) {
        throw AppError.badInput([{ field: 'id', message: 'v.invalid' }]);
      }
      await m.query(
        `INSERT INTO saved_view_default (user_id, module, view_id) VALUES ($1, $2, $3)
         ON CONFLICT (user_id, module) DO UPDATE SET view_id = EXCLUDED.view_id`,
        [caller.id, module, id],
      );
      return true;
    });
  }

  /** A view the caller may see (their own or a shared one), else NOT_FOUND. */
  private async visible(m: EntityManager, caller: AuthUser, id: string): Promise<SavedView> {
    const view = isUuid(id)
      ? await m.findOne(SavedView, { where: { id }, lock: { mode: 'pessimistic_write' } })
      : null;
    if (!view || (view.ownerId !== caller.id && !view.shared)) {
      throw new AppError('NOT_FOUND');
    }
    return view;
  }

  /** A view the caller may change: their own, or (an admin) a shared one; FORBIDDEN when only seen. */
  private async editable(m: EntityManager, caller: AuthUser, id: string): Promise<SavedView> {
    const view = await this.visible(m, caller, id);
    if (view.ownerId !== caller.id && caller.role !== 'ADMIN') {
      throw new AppError('FORBIDDEN', { messageKey: 'savedView.notOwner' });
    }
    return view;
  }
}
