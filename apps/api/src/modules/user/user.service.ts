import {
  AppError,
  createUserSchema,
  loadPasswordEstimator,
  departmentSchema,
  foldVietnamese,
  parseInput,
  preferencesSchema,
  updateUserSchema,
  type Language,
} from '@sen/shared';
import { type DataSource, type EntityManager, QueryFailedError } from 'typeorm';
import { paginate, SortDirection, type PageArgs } from '../../graphql/connection';
import { assertAdmin, type AuthUser } from '../../core/caller';
import { auditText } from '../../core/audit-text';
import { type AuditService } from '../audit/audit.service';
import { hashPassword } from '../auth/password';
import { Department } from './department.entity';
import { User } from './user.entity';
import {
  UserSortField,
  type CreateUserInput,
  type UpdateUserInput,
  type UserFilter,
  type UserOrder,
} from './user.inputs';
import { createdEntry, diffChanges } from '../../core/audit';
import { endSessions } from '../../core/sessions';
import { escapeLike, isUuid } from '../../core/sql';
import { insertRow } from '../../core/versioned';
import { sortColumns } from '../../core/listing';

const SORT_COLUMNS = sortColumns(UserSortField, 'u');

const AUDITED_FIELDS: (keyof User & string)[] = [
  'email',
  'name',
  'role',
  'departmentId',
  'birthday',
  'active',
  'language',
];

function isUniqueViolation(err: unknown, index: string): boolean {
  return (
    err instanceof QueryFailedError &&
    (err.driverError as { code?: string; constraint?: string }).code === '23505' &&
    (err.driverError as { constraint?: string }).constraint === index
  );
}

export class UserService {
  constructor(
    private readonly ds: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** Every signed-in user may list colleagues (owner and share pickers need them). */
  list(filter: UserFilter = {}, orderBy: UserOrder[] = [], page: PageArgs) {
    const qb = this.ds.getRepository(User).createQueryBuilder('u');
    if (filter.search?.trim()) {
      qb.andWhere(`sen_fold(u.name || ' ' || u.email) LIKE '%' || :search || '%'`, {
        search: escapeLike(foldVietnamese(filter.search)),
      });
    }
    if (filter.roles?.length) {
      qb.andWhere('u.role IN (:...roles)', { roles: filter.roles });
    }
    if (filter.departmentIds?.length) {
      qb.andWhere('u.department_id IN (:...departmentIds)', { departmentIds: filter.departmentIds });
    }
    if (typeof filter.active === 'boolean') {
      qb.andWhere('u.active = :active', { active: filter.active });
    }
    const order = orderBy[0] ?? { field: UserSortField.NAME, direction: SortDirection.ASC };
    return paginate(qb, page, { expression: SORT_COLUMNS[order.field], direction: order.direction });
  }

  async byId(id: string): Promise<User | null> {
    return isUuid(id) ? this.ds.getRepository(User).findOneBy({ id }) : null;
  }

  async create(caller: AuthUser, input: CreateUserInput): Promise<User> {
    assertAdmin(caller);
    await loadPasswordEstimator(); // loaded once; the password rule needs it
    const values = parseInput(createUserSchema, input);
    const passwordHash = await hashPassword(values.password);
    return this.ds.transaction(async (m) => {
      await this.assertDepartment(m, values.departmentId);
      await this.assertEmailFree(m, values.email, null);
      const user = await this.insertUser(m, {
        email: values.email,
        name: values.name,
        passwordHash,
        role: values.role,
        departmentId: values.departmentId ?? null,
        birthday: values.birthday ?? null,
      });
      const description = auditText('user.create', { name: user.name, email: user.email });
      await this.audit.record(
        m,
        createdEntry(user, { module: 'user', userId: caller.id, description }, AUDITED_FIELDS),
      );
      return user;
    });
  }

  async update(caller: AuthUser, id: string, input: UpdateUserInput): Promise<User> {
    assertAdmin(caller);
    await loadPasswordEstimator();
    const values = parseInput(updateUserSchema, input);
    if (id === caller.id && values.active === false) {
      throw new AppError('FORBIDDEN', { messageKey: 'auth.selfDeactivate' });
    }
    const passwordHash = values.password ? await hashPassword(values.password) : undefined;
    return this.ds.transaction(async (m) => {
      if (isUuid(id) && (values.active === false || (values.role !== undefined && values.role !== 'ADMIN'))) {
        await this.assertAnotherAdminRemains(m, id);
      }
      const before = isUuid(id) ? await m.findOneBy(User, { id }) : null;
      if (!before) {
        throw new AppError('NOT_FOUND');
      }
      if (before.version !== values.version) {
        throw new AppError('CONFLICT', { details: { currentVersion: before.version } });
      }
      if (values.departmentId !== undefined) {
        await this.assertDepartment(m, values.departmentId);
      }
      if (values.email && values.email !== before.email) {
        await this.assertEmailFree(m, values.email, id);
      }
      const patch: Partial<User> = {
        email: values.email,
        name: values.name,
        role: values.role,
        departmentId: values.departmentId,
        birthday: values.birthday,
        active: values.active,
      };
      const changes = diffChanges(before, patch, AUDITED_FIELDS) ?? {};
      if (passwordHash) {
        changes.password = { from: '***', to: '***' };
      }
      const set = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
      // The version guard makes the write conditional: a concurrent edit cannot be overwritten.
      const result = await m
        .createQueryBuilder()
        .update(User)
        .set({ ...set, ...(passwordHash ? { passwordHash } : {}), version: () => 'version + 1' })
        .where('id = :id AND version = :version', { id, version: values.version })
        .execute();
      if (result.affected !== 1) {
        const current = await m.findOneByOrFail(User, { id });
        throw new AppError('CONFLICT', { details: { currentVersion: current.version } });
      }
      if (passwordHash || (values.active === false && before.active)) {
        // A reset password ends the user's sessions (the admin's own, resetting themself, goes on);
        // deactivation also revokes their API tokens, so reactivating revives none of them.
        await endSessions(m, id, {
          exceptSessionId: id === caller.id && caller.via === 'session' ? caller.sessionId : null,
          apiTokens: values.active === false && before.active,
        });
      }
      const after = await m.findOneByOrFail(User, { id });
      await this.audit.record(m, {
        action: 'UPDATE',
        module: 'user',
        recordId: id,
        userId: caller.id,
        description: auditText(values.active === false && before.active ? 'user.deactivate' : 'user.update', {
          name: after.name,
          email: after.email,
        }),
        changes,
      });
      return after;
    });
  }

  async setLanguage(caller: AuthUser, language: Language): Promise<User> {
    const values = parseInput(preferencesSchema, { language });
    return this.ds.transaction(async (m) => {
      const before = await m.findOneByOrFail(User, { id: caller.id });
      await m.update(User, { id: caller.id }, { language: values.language, version: () => 'version + 1' });
      await this.audit.record(m, {
        action: 'UPDATE',
        module: 'user',
        recordId: caller.id,
        userId: caller.id,
        description: auditText('user.language', { language: values.language }),
        changes: diffChanges(before, { language: values.language }, ['language']),
      });
      return m.findOneByOrFail(User, { id: caller.id });
    });
  }

  departments(): Promise<Department[]> {
    return this.ds.getRepository(Department).find({ order: { name: 'ASC' } });
  }

  async createDepartment(caller: AuthUser, name: string): Promise<Department> {
    assertAdmin(caller);
    const values = parseInput(departmentSchema, { name });
    try {
      return await this.ds.transaction(async (m) => {
        const dept = await m.save(m.create(Department, { name: values.name }));
        const description = auditText('department.create', { name: dept.name });
        await this.audit.record(
          m,
          createdEntry(dept, { module: 'department', userId: caller.id, description }, []),
        );
        return dept;
      });
    } catch (err) {
      if (isUniqueViolation(err, 'ux_department_name')) {
        throw new AppError('DUPLICATE', {
          messageKey: 'department.nameTaken',
          details: {
            duplicate: { field: 'name', existingId: null, existingName: values.name, ownerName: null },
          },
        });
      }
      throw err;
    }
  }

  /** Used by the first-admin and demo seeding (they write their own audit entries). */
  async insertUser(
    m: EntityManager,
    values: Pick<User, 'email' | 'name' | 'passwordHash' | 'role' | 'departmentId' | 'birthday'>,
  ): Promise<User> {
    try {
      return await insertRow(m, User, values);
    } catch (err) {
      if (isUniqueViolation(err, 'ux_app_user_email')) {
        // Two concurrent creates of one e-mail: the index lets only one through. The transaction
        // is aborted now, so the other record cannot be read to name it.
        throw new AppError('DUPLICATE', {
          details: { duplicate: { field: 'email', existingId: null, existingName: null, ownerName: null } },
        });
      }
      throw err;
    }
  }

  /**
   * The system keeps at least one active admin: demoting or deactivating the user `id` is refused
   * when no other active admin remains. Every active admin row is locked in one order first, so
   * two admins stepping down (or shutting each other out) at once cannot both succeed.
   */
  private async assertAnotherAdminRemains(m: EntityManager, id: string): Promise<void> {
    const admins: { id: string }[] = await m.query(
      `SELECT id FROM app_user WHERE role = 'ADMIN' AND active ORDER BY id FOR UPDATE`,
    );
    if (admins.some((a) => a.id === id) && !admins.some((a) => a.id !== id)) {
      throw new AppError('FORBIDDEN', { messageKey: 'auth.lastAdmin' });
    }
  }

  private async assertEmailFree(m: EntityManager, email: string, exceptId: string | null): Promise<void> {
    const existing = await m
      .getRepository(User)
      .createQueryBuilder('u')
      .where('lower(u.email) = lower(:email)', { email })
      .getOne();
    if (existing && existing.id !== exceptId) {
      throw new AppError('DUPLICATE', {
        messageKey: 'user.emailTaken',
        params: { existingName: existing.name },
        details: {
          duplicate: {
            field: 'email',
            existingId: existing.id,
            existingName: existing.name,
            ownerName: null,
          },
        },
      });
    }
  }

  private async assertDepartment(m: EntityManager, departmentId: string | null | undefined): Promise<void> {
    if (departmentId && !(isUuid(departmentId) && (await m.existsBy(Department, { id: departmentId })))) {
      throw AppError.badInput([{ field: 'departmentId', message: 'v.invalid' }]);
    }
  }
}
