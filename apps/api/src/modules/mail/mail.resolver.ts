import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { ReminderKindEnum } from '../reminder/reminder.entity';
import { MailLog } from './mail-log.entity';

@Resolver(() => MailLog)
export class MailResolver {
  @Mutation(() => MailLog, {
    description:
      'REM-02: a greeting e-mail to an employee, customer or contact of a reminder, sent through the SMTP server of the system parameters and logged.',
  })
  sendGreeting(
    @Ctx() ctx: Context,
    @Arg('kind', () => ReminderKindEnum) kind: ReminderKindEnum,
    @Arg('recordId', () => ID) recordId: string,
    @Arg('subject') subject: string,
    @Arg('body') body: string,
  ) {
    return ctx.services.mail.sendGreeting(ctx.user!, kind, recordId, subject, body);
  }
}
