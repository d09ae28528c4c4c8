import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { ConnectionType, PageArgs } from '../../graphql/connection';
import type { Context } from '../../graphql/context';
import { User } from '../user/user.entity';
import { CustomerLookupHit } from './customer.entity';
import { OwnershipHistoryFilter } from './customer.inputs';
import { OwnershipEvent } from './ownership-event.entity';

const OwnershipEventConnection = ConnectionType(OwnershipEvent, 'OwnershipEvent');

@Resolver(() => OwnershipEvent)
export class OwnershipResolver {
  @Query(() => OwnershipEventConnection, { description: 'Lọc chia sẻ và chuyển chủ sở hữu (CUS-08).' })
  ownershipHistory(
    @Ctx() ctx: Context,
    @Args() page: PageArgs,
    @Arg('filter', () => OwnershipHistoryFilter, { nullable: true }) filter?: OwnershipHistoryFilter,
  ) {
    return ctx.services.ownership.history(ctx.user!, filter ?? {}, page);
  }

  @FieldResolver(() => User, { nullable: true })
  fromUser(@Root() e: OwnershipEvent, @Ctx() ctx: Context) {
    return e.fromUserId ? ctx.loaders.user.load(e.fromUserId) : null;
  }

  @FieldResolver(() => [User])
  async toUsers(@Root() e: OwnershipEvent, @Ctx() ctx: Context) {
    return (await ctx.loaders.user.loadMany(e.toUserIds)).filter((u): u is User => u instanceof User);
  }

  @FieldResolver(() => User)
  async actor(@Root() e: OwnershipEvent, @Ctx() ctx: Context) {
    return (await ctx.loaders.user.load(e.actorId))!;
  }

  @FieldResolver(() => [CustomerLookupHit], {
    description: 'The customers of the event (code, name, owner).',
  })
  async customers(@Root() e: OwnershipEvent, @Ctx() ctx: Context): Promise<CustomerLookupHit[]> {
    // One query for every event of the page; customers since purged or in the trash are left out.
    const hits = await ctx.loaders.customerHit.loadMany(e.customerIds);
    return hits
      .filter((h): h is CustomerLookupHit => h !== null && !(h instanceof Error))
      .sort((a, b) => a.name.localeCompare(b.name, 'vi'));
  }
}
