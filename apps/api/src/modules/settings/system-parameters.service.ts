import { AppError, parseInput, systemParametersSchema } from '@sen/shared';
import type { DataSource, EntityManager } from 'typeorm';
import type { AuthUser } from '../../core/caller';
import { auditText } from '../../core/audit-text';
import { type AuditService } from '../audit/audit.service';
import { SystemParameters } from './system-parameters.entity';
import type { SystemParametersInput } from './settings.inputs';
import { diffChanges } from '../../core/audit';
import { assertAdmin } from '../../core/caller';

const FIELDS: (keyof SystemParameters & string)[] = [
  'companyName',
  'senderEmail',
  'customerCodeMode',
  'customerCodePrefix',
  'customerCodeWidth',
  'createdDateMode',
  'taskReminderDays',
  'anniversaryReminderDays',
  'contactBirthdayReminderDays',
  'contractExpiryReminderDays',
  'paymentReminderDays',
  'smtpHost',
  'smtpPort',
  'smtpSecure',
  'smtpUser',
];

export class SystemParametersService {
  constructor(
    private readonly ds: DataSource,
    private readonly audit: AuditService,
  ) {}

  get(m: EntityManager = this.ds.manager): Promise<SystemParameters> {
    return m.findOneByOrFail(SystemParameters, { id: 1 });
  }

  async update(caller: AuthUser, input: SystemParametersInput): Promise<SystemParameters> {
    assertAdmin(caller);
    const values = parseInput(systemParametersSchema, input);
    return this.ds.transaction(async (m) => {
      const before = await this.get(m);
      if (values.version !== undefined && values.version !== before.version) {
        throw new AppError('CONFLICT', { details: { currentVersion: before.version } });
      }
      const { smtpPassword, ...rest } = values;
      const patch = Object.fromEntries(
        Object.entries(rest).filter(([k, v]) => k !== 'version' && v !== undefined),
      ) as Partial<SystemParameters>;
      const changes = diffChanges(before, patch, FIELDS) ?? {};
      // Write-only secret: null/absent keeps it, '' clears it; the log says only that it changed.
      if (typeof smtpPassword === 'string' && (smtpPassword || null) !== before.smtpPassword) {
        patch.smtpPassword = smtpPassword || null;
        changes.smtpPassword = { from: '***', to: '***' };
      }
      await m.update(SystemParameters, { id: 1 }, { ...patch, version: () => 'version + 1' });
      await this.audit.record(m, {
        action: 'UPDATE',
        module: 'settings',
        recordId: 'system_parameter',
        userId: caller.id,
        description: auditText('settings.parameters'),
        changes,
      });
      return this.get(m);
    });
  }
}
