import { AppError } from '@sen/shared';
import type { EntityManager } from 'typeorm';
import type { AuthUser } from './caller';
import { UUID } from './sql';

export interface UserRef {
  id: string;
  name: string;
}

/** Active users named by a field (assignee, share, transfer target); any other id is a field error. */
export async function assertActiveUsers(
  m: EntityManager,
  field: string,
  ids: readonly string[],
  atLeastOne = false,
): Promise<UserRef[]> {
  const unique = [...new Set(ids)];
  if (unique.length === 0 && !atLeastOne) {
    return [];
  }
  const users: UserRef[] =
    unique.length > 0 && unique.every((id) => UUID.test(id))
      ? await m.query(`SELECT id, name FROM app_user WHERE id = ANY($1::uuid[]) AND active`, [unique])
      : [];
  if (users.length !== unique.length || unique.length === 0) {
    throw AppError.badInput([{ field, message: 'v.invalid' }]);
  }
  return users;
}

/** The owner of a new record: a STAFF user creates for themself; managers and admins may name any active user. */
export async function resolveRecordOwner(
  m: EntityManager,
  caller: AuthUser,
  ownerId: string | null | undefined,
): Promise<string> {
  if (!ownerId || ownerId === caller.id) {
    return caller.id;
  }
  if (caller.role === 'STAFF') {
    throw new AppError('FORBIDDEN');
  }
  const [owner] = await assertActiveUsers(m, 'ownerId', [ownerId]);
  return owner.id;
}
