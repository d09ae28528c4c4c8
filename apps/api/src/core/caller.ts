import { AppError, type Role } from '@sen/shared';

/** Who is calling: the signed-in user (session or personal API token) every use case acts for. */
export interface AuthUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  departmentId: string | null;
  via: 'session' | 'apiToken';
  /** The login session's id (via 'session'), or the API token's id (via 'apiToken'). */
  sessionId?: string | null;
  /** A read-only API token: every mutation is refused. */
  readOnly?: boolean;
}

/** A user acting as themself from the server's side (demo seeds, public registration). */
export function actingAs(u: Omit<AuthUser, 'via'>): AuthUser {
  return {
    id: u.id,
    email: u.email,
    name: u.name,
    role: u.role,
    departmentId: u.departmentId,
    via: 'session',
  };
}

export function assertAdmin(caller: AuthUser): void {
  if (caller.role !== 'ADMIN') {
    throw new AppError('FORBIDDEN', { messageKey: 'auth.adminOnly' });
  }
}
