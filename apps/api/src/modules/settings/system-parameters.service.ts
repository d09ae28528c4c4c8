import { AppError, parseInput, systemParametersSchema } from '@sen/shared';
import type { DataSource, EntityManager } from 'typeorm';
import type { AuthUser } from '../../graphql/context';
import { auditText } from '../audit/audit-text';
import { diffChanges, type AuditService } from '../audit/audit.service';
import { assertAdmin } from '../user/user.service';
import { SystemParameters } from './system-parameters.entity';
import type { SystemParametersInput } from './settings.inputs';

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
      const patch = Object.fromEntries(
        Object.entries(values).filter(([k, v]) => k !== 'version' && v !== undefined),
      ) as Partial<SystemParameters>;
      await m.update(SystemParameters, { id: 1 }, { ...patch, version: () => 'version + 1' });
      await this.audit.record(m, {
        action: 'UPDATE',
        module: 'settings',
        recordId: 'system_parameter',
        userId: caller.id,
        description: auditText('settings.parameters'),
        changes: diffChanges(before, patch, FIELDS),
      });
      return this.get(m);
    });
  }
}
