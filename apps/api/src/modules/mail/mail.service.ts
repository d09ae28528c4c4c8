import { AppError, greetingSchema, parseInput } from '@sen/shared';
import nodemailer from 'nodemailer';
import type { DataSource } from 'typeorm';
import type { AuthUser } from '../../core/caller';
import { auditText } from '../../core/audit-text';
import type { AuditService } from '../audit/audit.service';
import { scopeContacts, scopeCustomers } from '../customer/customer-access';
import { ReminderKindEnum } from '../reminder/reminder.entity';
import type { SystemParametersService } from '../settings/system-parameters.service';
import { MailLog } from './mail-log.entity';
import { UUID } from '../../core/sql';

const GREETABLE: ReminderKindEnum[] = [
  ReminderKindEnum.EMPLOYEE_BIRTHDAY,
  ReminderKindEnum.CUSTOMER_ANNIVERSARY,
  ReminderKindEnum.CONTACT_BIRTHDAY,
];

/** REM-02 greeting e-mails through the SMTP server of the system parameters (PAR-01), each logged. */
export class MailService {
  constructor(
    private readonly ds: DataSource,
    private readonly audit: AuditService,
    private readonly params: SystemParametersService,
  ) {}

  async sendGreeting(
    caller: AuthUser,
    kind: ReminderKindEnum,
    recordId: string,
    subject: string,
    body: string,
  ): Promise<MailLog> {
    const values = parseInput(greetingSchema, { subject, body });
    if (!GREETABLE.includes(kind)) {
      throw AppError.badInput([{ field: 'kind', message: 'v.invalid' }]);
    }
    const to = await this.recipient(caller, kind, recordId);
    if (!to) {
      throw new AppError('BAD_USER_INPUT', { messageKey: 'mail.noRecipient' });
    }
    const p = await this.params.get();
    const from = p.senderEmail ?? p.smtpUser;
    if (!p.smtpHost || !from) {
      throw new AppError('BAD_USER_INPUT', { messageKey: 'mail.noSmtp' });
    }
    const transport = nodemailer.createTransport({
      host: p.smtpHost,
      port: p.smtpPort ?? (p.smtpSecure ? 465 : 587),
      secure: p.smtpSecure,
      auth: p.smtpUser ? { user: p.smtpUser, pass: p.smtpPassword ?? '' } : undefined,
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 20_000,
    });
    let messageId: string | null = null;
    let error: string | null = null;
    try {
      const info = await transport.sendMail({
        from: p.companyName ? { name: p.companyName, address: from } : from,
        to,
        subject: values.subject,
        text: values.body,
      });
      messageId = info.messageId ?? null;
    } catch (err) {
      error = err instanceof Error ? err.message.slice(0, 500) : 'unknown';
    } finally {
      transport.close();
    }
    // Logged whether it went or not; a failure is then reported to the caller.
    const log = await this.ds.transaction(async (m) => {
      const inserted = await m.insert(MailLog, {
        kind,
        recordId,
        toAddress: to,
        subject: values.subject,
        status: error ? 'FAILED' : 'SENT',
        error,
        messageId,
        sentBy: caller.id,
      });
      const id = inserted.identifiers[0].id as string;
      await this.audit.record(m, {
        action: 'CREATE',
        module: 'mail',
        recordId: id,
        userId: caller.id,
        description: auditText(error ? 'mail.greetingFailed' : 'mail.greeting', {
          to,
          subject: values.subject,
        }),
        changes: { kind: { from: null, to: kind }, recordId: { from: null, to: recordId } },
      });
      return m.findOneByOrFail(MailLog, { id });
    });
    if (error) {
      throw new AppError('BAD_USER_INPUT', { messageKey: 'mail.sendFailed' });
    }
    return log;
  }

  /** The recipient's address, when the caller may see the record. */
  private async recipient(caller: AuthUser, kind: ReminderKindEnum, id: string): Promise<string | null> {
    if (!UUID.test(id)) {
      throw new AppError('NOT_FOUND');
    }
    let row: { email: string | null } | undefined;
    if (kind === ReminderKindEnum.EMPLOYEE_BIRTHDAY) {
      row = (await this.ds.query(`SELECT email FROM app_user WHERE id = $1 AND active`, [id]))[0];
    } else if (kind === ReminderKindEnum.CUSTOMER_ANNIVERSARY) {
      const qb = this.ds
        .createQueryBuilder()
        .select('c.email', 'email')
        .from('customer', 'c')
        .where('c.id = :id AND c.deleted_at IS NULL', { id });
      row = await scopeCustomers(qb, 'c', caller).getRawOne();
    } else {
      const qb = this.ds
        .createQueryBuilder()
        .select('t.email', 'email')
        .from('contact', 't')
        .where('t.id = :id AND t.deleted_at IS NULL', { id });
      row = await scopeContacts(qb, 't', caller).getRawOne();
    }
    if (!row) {
      throw new AppError('NOT_FOUND');
    }
    return row.email;
  }
}
