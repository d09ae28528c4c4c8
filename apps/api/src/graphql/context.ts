import type { AppError, Locale, Role } from '@sen/shared';
import type { DataSource } from 'typeorm';
import type { Services } from '../services';
import type { Loaders } from './loaders';

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

export interface Context {
  ds: DataSource;
  services: Services;
  user: AuthUser | null;
  /** Why a presented token was refused (expired, revoked…), reported on first protected use. */
  authError: AppError | null;
  locale: Locale;
  ip: string;
  loaders: Loaders;
}
