import type { AppError, Locale } from '@sen/shared';
import type { DataSource } from 'typeorm';
import type { AuthUser } from '../core/caller';
import type { Services } from '../services';
import type { Loaders } from './loaders';

export interface Context {
  ds: DataSource;
  services: Services;
  user: AuthUser | null;
  /**
   * Set when `user` is assumed from the token's previous request while its session is checked
   * again: whether the check found the very same caller. Only queries run before it settles, and
   * their answer is kept only if it is true (see `graphqlHandler` in http/app.ts).
   */
  confirmed?: Promise<boolean>;
  /**
   * Marked when the request is not a query (a mutation may change the caller's own row). An object:
   * Apollo hands the plugins a shallow copy of the context.
   */
  operation: { writes: boolean };
  /** Why a presented token was refused (expired, revoked…), reported on first protected use. */
  authError: AppError | null;
  locale: Locale;
  ip: string;
  loaders: Loaders;
  /** The media type the caller accepts for the answer (GraphQL-over-HTTP), null if neither. */
  responseType: 'application/json' | 'application/graphql-response+json' | null;
  /** Sets or clears the browser's session cookie on this request's answer. */
  sessionCookie: { set(token: string, expiresAt: Date): void; clear(): void };
}
