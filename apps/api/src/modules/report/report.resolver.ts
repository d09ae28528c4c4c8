import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { DateScalar } from '../../graphql/scalars';
import { User } from '../user/user.entity';
import { Dashboard, UserCount } from './dashboard.types';

@Resolver()
export class ReportResolver {
  @Query(() => Dashboard, { description: 'REP-02: the caller’s dashboard for a period (at most 3 years).' })
  dashboard(
    @Ctx() ctx: Context,
    @Arg('from', () => DateScalar) from: string,
    @Arg('to', () => DateScalar) to: string,
  ) {
    return ctx.services.dashboard.dashboard(ctx.user!, from, to);
  }
}

@Resolver(() => UserCount)
export class UserCountResolver {
  @FieldResolver(() => User)
  async user(@Root() r: UserCount, @Ctx() ctx: Context) {
    return (await ctx.loaders.user.load(r.userId))!;
  }
}
