import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { DateScalar } from '../../graphql/scalars';
import { Reminder } from './reminder.entity';

@Resolver(() => Reminder)
export class ReminderResolver {
  @Query(() => [Reminder], {
    description: 'REM-04: the caller’s reminders on `date` (default: today in Asia/Ho_Chi_Minh).',
  })
  reminders(@Ctx() ctx: Context, @Arg('date', () => DateScalar, { nullable: true }) date?: string | null) {
    return ctx.services.reminders.forUser(ctx.user!, date);
  }
}
