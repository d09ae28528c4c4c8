import { AppError, categoryNameSchema, parseInput } from '@sen/shared';
import { In, QueryFailedError, type DataSource, type EntityManager } from 'typeorm';
import type { AuthUser } from '../../core/caller';
import { auditText } from '../../core/audit-text';
import type { AuditService } from '../audit/audit.service';
import { Category, type CategoryKind } from './category.entity';
import { UUID } from '../../core/sql';
import { assertAdmin } from '../../core/caller';
import { insertAudited } from '../../core/versioned';

export class CategoryService {
  constructor(
    private readonly ds: DataSource,
    private readonly audit: AuditService,
  ) {}

  list(kind: CategoryKind): Promise<Category[]> {
    return this.ds
      .getRepository(Category)
      .find({ where: { kind }, order: { sortOrder: 'ASC', name: 'ASC' } });
  }

  async create(caller: AuthUser, kind: CategoryKind, name: string): Promise<Category> {
    assertAdmin(caller);
    const values = parseInput(categoryNameSchema, { name });
    return this.unique(() =>
      this.ds.transaction((m) =>
        insertAudited(
          m,
          Category,
          { kind, name: values.name },
          {
            module: 'settings',
            userId: caller.id,
            fields: [],
            describe: (category) => auditText('category.create', { kind, name: category.name }),
          },
        ),
      ),
    );
  }

  async rename(caller: AuthUser, id: string, name: string): Promise<Category> {
    assertAdmin(caller);
    const values = parseInput(categoryNameSchema, { name });
    return this.unique(() =>
      this.ds.transaction(async (m) => {
        const before = await this.find(m, id);
        await m.update(Category, { id }, { name: values.name });
        await this.audit.record(m, {
          action: 'UPDATE',
          module: 'settings',
          recordId: id,
          userId: caller.id,
          description: auditText('category.update', { kind: before.kind, name: values.name }),
          changes: { name: { from: before.name, to: values.name } },
        });
        return m.findOneByOrFail(Category, { id });
      }),
    );
  }

  /** A category still used by a customer, contact, product or opportunity is kept (its records would lose it silently). */
  async remove(caller: AuthUser, id: string): Promise<boolean> {
    assertAdmin(caller);
    return this.ds.transaction(async (m) => {
      const before = await this.find(m, id);
      const [used] = await m.query(
        `SELECT EXISTS (SELECT 1 FROM customer WHERE $1 IN (industry_id, scale_id, source_id))
             OR EXISTS (SELECT 1 FROM customer_group WHERE group_id = $1)
             OR EXISTS (SELECT 1 FROM contact WHERE status_id = $1)
             OR EXISTS (SELECT 1 FROM product WHERE group_id = $1)
             OR EXISTS (SELECT 1 FROM opportunity WHERE source_id = $1) AS used`,
        [id],
      );
      if (used.used) {
        throw new AppError('BAD_USER_INPUT', { messageKey: 'category.inUse' });
      }
      await this.audit.record(m, {
        action: 'DELETE',
        module: 'settings',
        recordId: id,
        userId: caller.id,
        description: auditText('category.delete', { kind: before.kind, name: before.name }),
      });
      await m.delete(Category, { id });
      return true;
    });
  }

  /** Checks that every id is a category of the expected kind; reports the field otherwise. */
  async assertKind(m: EntityManager, field: string, ids: (string | null | undefined)[], kind: CategoryKind) {
    const wanted = [...new Set(ids.filter((x): x is string => Boolean(x)))];
    if (wanted.length === 0) {
      return;
    }
    const found =
      wanted.every((id) => UUID.test(id)) && (await m.count(Category, { where: { id: In(wanted), kind } }));
    if (found !== wanted.length) {
      throw AppError.badInput([{ field, message: 'v.invalid' }]);
    }
  }

  private async find(m: EntityManager, id: string): Promise<Category> {
    const c = UUID.test(id) ? await m.findOneBy(Category, { id }) : null;
    if (!c) {
      throw new AppError('NOT_FOUND');
    }
    return c;
  }

  private async unique<T>(fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (err) {
      if (err instanceof QueryFailedError && (err.driverError as { code?: string }).code === '23505') {
        throw new AppError('DUPLICATE', {
          messageKey: 'category.nameTaken',
          details: { duplicate: { field: 'name', existingId: null, existingName: null, ownerName: null } },
        });
      }
      throw err;
    }
  }
}
