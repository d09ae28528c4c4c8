import { apiTokenSchema, AppError, parseInput } from '@sen/shared';
import { IsNull, type DataSource } from 'typeorm';
import type { AuthUser } from '../../core/caller';
import { auditText } from '../../core/audit-text';
import type { AuditService } from '../audit/audit.service';
import { newApiTokenSecret, sha256 } from '../auth/auth.service';
import { ApiToken, type CreatedApiToken } from './api-token.entity';
import { isUuid } from '../../core/sql';
import { insertAudited } from '../../core/versioned';

export class ApiTokenService {
  constructor(
    private readonly ds: DataSource,
    private readonly audit: AuditService,
  ) {}

  list(caller: AuthUser): Promise<ApiToken[]> {
    return this.ds
      .getRepository(ApiToken)
      .find({ where: { userId: caller.id }, order: { createdAt: 'DESC' } });
  }

  async create(
    caller: AuthUser,
    name: string,
    options: { expiresAt?: Date | null; readOnly?: boolean | null } = {},
  ): Promise<CreatedApiToken> {
    // Only a signed-in person mints tokens: a leaked token cannot breed more of itself.
    if (caller.via === 'apiToken') {
      throw new AppError('FORBIDDEN', { messageKey: 'apiToken.fromToken' });
    }
    const values = parseInput(apiTokenSchema, { name });
    if (options.expiresAt && options.expiresAt.getTime() <= Date.now()) {
      throw AppError.badInput([{ field: 'expiresAt', message: 'apiToken.expiryPast' }]);
    }
    const token = newApiTokenSecret();
    return this.ds.transaction(async (m) => {
      const row = {
        userId: caller.id,
        name: values.name,
        tokenHash: sha256(token),
        expiresAt: options.expiresAt ?? null,
        readOnly: options.readOnly ?? false,
      };
      const apiToken = await insertAudited(m, ApiToken, row, {
        module: 'apiToken',
        userId: caller.id,
        fields: [],
        describe: (t) => auditText('apiToken.create', { name: t.name }),
      });
      return { token, apiToken };
    });
  }

  /** Only the token's owner revokes it; another user's token is simply not found. */
  async revoke(caller: AuthUser, id: string): Promise<boolean> {
    return this.ds.transaction(async (m) => {
      const token = isUuid(id)
        ? await m.findOneBy(ApiToken, { id, userId: caller.id, revokedAt: IsNull() })
        : null;
      if (!token) {
        throw new AppError('NOT_FOUND');
      }
      await m.update(ApiToken, { id }, { revokedAt: () => 'now()' });
      await this.audit.record(m, {
        action: 'DELETE',
        module: 'apiToken',
        recordId: id,
        userId: caller.id,
        description: auditText('apiToken.revoke', { name: token.name }),
      });
      return true;
    });
  }
}
