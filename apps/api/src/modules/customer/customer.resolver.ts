import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ConnectionType, encodeCursor, PageArgs, resolveFirst } from '../../graphql/connection';
import type { Context } from '../../graphql/context';
import { countInfo, CountKind } from '../../graphql/count';
import { selectedNodeFields, selectsConnectionField } from '../../graphql/lookahead';
import { Category, CustomerGroup } from '../category/category.entity';
import { Contact } from '../contact/contact.entity';
import { User } from '../user/user.entity';
import { Customer, CustomerLookupHit, LevelCount } from './customer.entity';
import {
  CreateCustomerInput,
  CustomerFilter,
  CustomerOrder,
  GroupChangeMode,
  UpdateCustomerInput,
} from './customer.inputs';

export const CustomerConnection = ConnectionType(Customer, 'Customer');
export const ContactConnection = ConnectionType(Contact, 'Contact');

@Resolver(() => Customer)
export class CustomerResolver {
  @Query(() => CustomerConnection, { description: 'Only the customers the caller may see (USR-02).' })
  async customers(
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Args() page: PageArgs,
    @Arg('filter', () => CustomerFilter, { nullable: true }) filter?: CustomerFilter,
    @Arg('orderBy', () => [CustomerOrder], { nullable: true }) orderBy?: CustomerOrder[],
  ) {
    const { connection, preloaded } = await ctx.services.customerQueries.listWithRelations(
      ctx.user!,
      filter ?? {},
      orderBy ?? [],
      page,
      selectedNodeFields(info),
      selectsConnectionField(info, 'countInfo'),
    );
    // The relations came with the page: the field resolvers below find them there.
    for (const p of preloaded) {
      ctx.loaders.preloadedCustomer.set(p.id, p);
      // A user read in part serves this list's `owner` fields only, never the shared loader.
      if (p.owner && p.ownerComplete) {
        ctx.loaders.user.prime(p.owner.id, p.owner);
      }
      // `contacts { totalCount }` reads the count through its loader.
      if (p.contactCount !== undefined) {
        ctx.loaders.contactCount.prime(p.id, p.contactCount);
      }
    }
    return connection;
  }

  @Query(() => Customer, { nullable: true, description: 'NOT_FOUND when the caller may not see it.' })
  customer(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return ctx.services.customerQueries.byId(ctx.user!, id);
  }

  @Query(() => [LevelCount], { description: 'Count per level with the filter, its level list ignored.' })
  customerLevelCounts(
    @Ctx() ctx: Context,
    @Arg('filter', () => CustomerFilter, { nullable: true }) filter?: CustomerFilter,
  ) {
    return ctx.services.customerQueries.levelCounts(ctx.user!, filter ?? {});
  }

  @Query(() => [CustomerLookupHit], { description: 'Tra cứu (CUS-07): all customers, few fields.' })
  customerLookup(
    @Ctx() ctx: Context,
    @Arg('search') search: string,
    @Arg('first', () => Int, { nullable: true }) first?: number,
  ) {
    return ctx.services.customerQueries.lookup(ctx.user!, search, first ?? 20);
  }

  @Query(() => [String], { description: 'Labels in use on the caller’s customers.' })
  customerLabels(@Ctx() ctx: Context) {
    return ctx.services.customerQueries.labels(ctx.user!);
  }

  @Mutation(() => Customer)
  createCustomer(@Ctx() ctx: Context, @Arg('input', () => CreateCustomerInput) input: CreateCustomerInput) {
    return ctx.services.customers.create(ctx.user!, input);
  }

  @Mutation(() => Customer)
  updateCustomer(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateCustomerInput) input: UpdateCustomerInput,
  ) {
    return ctx.services.customers.update(ctx.user!, id, input);
  }

  @Mutation(() => Customer, { description: 'Nhân bản.' })
  cloneCustomer(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return ctx.services.customers.clone(ctx.user!, id);
  }

  @Mutation(() => Int, { description: 'To the trash, with their contacts.' })
  deleteCustomers(@Ctx() ctx: Context, @Arg('ids', () => [ID]) ids: string[]) {
    return ctx.services.customerTrash.remove(ctx.user!, ids);
  }

  @Mutation(() => Int)
  restoreCustomers(@Ctx() ctx: Context, @Arg('ids', () => [ID]) ids: string[]) {
    return ctx.services.customerTrash.restore(ctx.user!, ids);
  }

  @Mutation(() => Int, { description: 'Admin; customers in the trash only.' })
  purgeCustomers(@Ctx() ctx: Context, @Arg('ids', () => [ID]) ids: string[]) {
    return ctx.services.customerTrash.purge(ctx.user!, ids);
  }

  @Mutation(() => Int)
  changeCustomerGroups(
    @Ctx() ctx: Context,
    @Arg('ids', () => [ID]) ids: string[],
    @Arg('mode', () => GroupChangeMode) mode: GroupChangeMode,
    @Arg('groupIds', () => [ID]) groupIds: string[],
  ) {
    return ctx.services.customerGroups.change(ctx.user!, ids, mode, groupIds);
  }

  @Mutation(() => Int)
  shareCustomers(
    @Ctx() ctx: Context,
    @Arg('ids', () => [ID]) ids: string[],
    @Arg('userIds', () => [ID]) userIds: string[],
  ) {
    return ctx.services.ownership.share(ctx.user!, ids, userIds);
  }

  @Mutation(() => Int)
  transferCustomers(
    @Ctx() ctx: Context,
    @Arg('ids', () => [ID]) ids: string[],
    @Arg('toUserId', () => ID) toUserId: string,
  ) {
    return ctx.services.ownership.transfer(ctx.user!, ids, toUserId);
  }

  @FieldResolver(() => User)
  owner(@Root() c: Customer, @Ctx() ctx: Context): User | Promise<User> {
    return ctx.loaders.preloadedCustomer.get(c.id)?.owner ?? ctx.loaders.user.load(c.ownerId).then((u) => u!);
  }

  @FieldResolver(() => [CustomerGroup])
  groups(@Root() c: Customer, @Ctx() ctx: Context) {
    return ctx.loaders.preloadedCustomer.get(c.id)?.groups ?? ctx.loaders.groupsOfCustomer.load(c.id);
  }

  @FieldResolver(() => [User])
  async sharedWith(@Root() c: Customer, @Ctx() ctx: Context) {
    const ids = await ctx.loaders.sharesOfCustomer.load(c.id);
    return (await ctx.loaders.user.loadMany(ids)).filter((u): u is User => u instanceof User);
  }

  @FieldResolver(() => Category, { nullable: true })
  industry(@Root() c: Customer, @Ctx() ctx: Context) {
    return c.industryId ? ctx.loaders.category.load(c.industryId) : null;
  }

  @FieldResolver(() => Category, { nullable: true })
  scale(@Root() c: Customer, @Ctx() ctx: Context) {
    return c.scaleId ? ctx.loaders.category.load(c.scaleId) : null;
  }

  @FieldResolver(() => Category, { nullable: true })
  source(@Root() c: Customer, @Ctx() ctx: Context) {
    return c.sourceId ? ctx.loaders.category.load(c.sourceId) : null;
  }

  @FieldResolver(() => Int)
  contactCount(@Root() c: Customer, @Ctx() ctx: Context) {
    return ctx.loaders.preloadedCustomer.get(c.id)?.contactCount ?? ctx.loaders.contactCount.load(c.id);
  }

  @FieldResolver(() => ContactConnection)
  async contacts(@Root() c: Customer, @Ctx() ctx: Context, @Args() page: PageArgs) {
    if (page.after) {
      return ctx.services.contacts.list(ctx.user!, { customerId: c.id }, [], page);
    }
    const first = resolveFirst(page.first);
    // Batched across the page's customers; cursors match the contacts list sorted by name.
    const rows = await ctx.loaders.firstContacts.load(`${c.id}:${first + 1}`);
    const edges = rows.slice(0, first).map((node) => ({ cursor: encodeCursor([node.name, node.id]), node }));
    return {
      edges,
      nodes: edges.map((e) => e.node),
      pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
      totalCount: () => ctx.loaders.contactCount.load(c.id),
      countInfo: async () => countInfo(await ctx.loaders.contactCount.load(c.id), CountKind.EXACT),
    };
  }
}
