import { AppError, type Role } from '@sen/shared';

/** Who is calling: the signed-in user (session or personal API token) every use case acts for. */
export interface AuthUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  departmentId: string | null;
  via: 'session' | 'apiToken';
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
