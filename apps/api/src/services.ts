import type { DataSource } from 'typeorm';
import type { Env } from './config/env';
import { ApiTokenService } from './modules/api-token/api-token.service';
import { AuditService } from './modules/audit/audit.service';
import { AuthService } from './modules/auth/auth.service';
import { UserService } from './modules/user/user.service';

export function createServices(ds: DataSource, env: Pick<Env, 'jwtSecret' | 'tokenTtlHours'>) {
  const audit = new AuditService(ds);
  return {
    audit,
    auth: new AuthService(ds, audit, env),
    users: new UserService(ds, audit),
    apiTokens: new ApiTokenService(ds, audit),
  };
}

export type Services = ReturnType<typeof createServices>;
