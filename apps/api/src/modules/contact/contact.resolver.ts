import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { PageArgs } from '../../graphql/connection';
import type { Context } from '../../graphql/context';
import { Category } from '../category/category.entity';
import { Customer } from '../customer/customer.entity';
import { ContactConnection } from '../customer/customer.resolver';
import { User } from '../user/user.entity';
import { Contact } from './contact.entity';
import { ContactFilter, ContactOrder, CreateContactInput, UpdateContactInput } from './contact.inputs';

@Resolver(() => Contact)
export class ContactResolver {
  @Query(() => ContactConnection)
  contacts(
    @Ctx() ctx: Context,
    @Args() page: PageArgs,
    @Arg('filter', () => ContactFilter, { nullable: true }) filter?: ContactFilter,
    @Arg('orderBy', () => [ContactOrder], { nullable: true }) orderBy?: ContactOrder[],
  ) {
    return ctx.services.contacts.list(ctx.user!, filter ?? {}, orderBy ?? [], page);
  }

  @Query(() => Contact, { nullable: true, description: 'NOT_FOUND when the caller may not see it.' })
  contact(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return ctx.services.contacts.byId(ctx.user!, id);
  }

  @Mutation(() => Contact)
  createContact(@Ctx() ctx: Context, @Arg('input', () => CreateContactInput) input: CreateContactInput) {
    return ctx.services.contacts.create(ctx.user!, input);
  }

  @Mutation(() => Contact)
  updateContact(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateContactInput) input: UpdateContactInput,
  ) {
    return ctx.services.contacts.update(ctx.user!, id, input);
  }

  @Mutation(() => Int, { description: 'To the trash.' })
  deleteContacts(@Ctx() ctx: Context, @Arg('ids', () => [ID]) ids: string[]) {
    return ctx.services.contactTrash.remove(ctx.user!, ids);
  }

  @Mutation(() => Int)
  restoreContacts(@Ctx() ctx: Context, @Arg('ids', () => [ID]) ids: string[]) {
    return ctx.services.contactTrash.restore(ctx.user!, ids);
  }

  @Mutation(() => Int, { description: 'Admin; contacts in the trash only.' })
  purgeContacts(@Ctx() ctx: Context, @Arg('ids', () => [ID]) ids: string[]) {
    return ctx.services.contactTrash.purge(ctx.user!, ids);
  }

  @FieldResolver(() => Customer, { nullable: true, description: 'Null when the caller may not see it.' })
  customer(@Root() c: Contact, @Ctx() ctx: Context) {
    return c.customerId ? ctx.loaders.visibleCustomer.load(c.customerId) : null;
  }

  @FieldResolver(() => User)
  async owner(@Root() c: Contact, @Ctx() ctx: Context) {
    return (await ctx.loaders.user.load(c.ownerId))!;
  }

  @FieldResolver(() => Category, { nullable: true })
  status(@Root() c: Contact, @Ctx() ctx: Context) {
    return c.statusId ? ctx.loaders.category.load(c.statusId) : null;
  }
}
