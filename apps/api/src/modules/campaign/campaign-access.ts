import { AppError } from '@sen/shared';
import type { AuthUser } from '../../core/caller';
import type { Campaign } from './campaign.entity';

/**
 * Everyone signed in sees campaigns. Changing one (its data, members, statuses) is for ADMIN and
 * MANAGER, and for a STAFF user who created it or carries it out (người thực hiện).
 */
export function canManageCampaign(caller: AuthUser, c: Pick<Campaign, 'creatorId' | 'executorId'>): boolean {
  return (
    caller.role === 'ADMIN' ||
    caller.role === 'MANAGER' ||
    c.creatorId === caller.id ||
    c.executorId === caller.id
  );
}

export function assertManageCampaign(caller: AuthUser, c: Pick<Campaign, 'creatorId' | 'executorId'>): void {
  if (!canManageCampaign(caller, c)) {
    throw new AppError('FORBIDDEN');
  }
}

/** Today as a Vietnamese calendar day (`YYYY-MM-DD`), whatever the server's zone. */
export function todayVi(now = Date.now()): string {
  return new Date(now + 7 * 3600_000).toISOString().slice(0, 10);
}

export const TODAY_VI_SQL = `(now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date`;
