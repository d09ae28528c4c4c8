import { AppError } from '@sen/shared';
import type { EntityManager } from 'typeorm';
import type { AuthUser } from '../../graphql/context';
import { User } from './user.entity';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

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
  const owner = UUID.test(ownerId) ? await m.findOneBy(User, { id: ownerId, active: true }) : null;
  if (!owner) {
    throw AppError.badInput([{ field: 'ownerId', message: 'v.invalid' }]);
  }
  return owner.id;
}
