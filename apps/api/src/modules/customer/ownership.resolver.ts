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
    return ctx.ds.query(
      `SELECT c.id, c.code, c.name, u.name AS "ownerName", c.office_address AS "officeAddress",
              c.business_address AS "businessAddress"
         FROM customer c JOIN app_user u ON u.id = c.owner_id WHERE c.id = ANY($1::uuid[]) ORDER BY c.name`,
      [e.customerIds],
    );
  }
}
