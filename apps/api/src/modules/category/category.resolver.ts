import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { Category, CategoryKind, CustomerGroup } from './category.entity';

@Resolver(() => Category)
export class CategoryResolver {
  @Query(() => [Category], { description: 'CUS-12 lists: scale, industry, source, groups, contact status.' })
  categories(@Ctx() ctx: Context, @Arg('kind', () => CategoryKind) kind: CategoryKind) {
    return ctx.services.categories.list(kind);
  }

  @Query(() => [CustomerGroup])
  customerGroups(@Ctx() ctx: Context) {
    return ctx.services.categories.list(CategoryKind.CUSTOMER_GROUP);
  }

  @Mutation(() => CustomerGroup, { description: 'Admin (CUS-12).' })
  createCustomerGroup(@Ctx() ctx: Context, @Arg('name') name: string) {
    return ctx.services.categories.create(ctx.user!, CategoryKind.CUSTOMER_GROUP, name);
  }

  @Mutation(() => Category, { description: 'Admin (CUS-12).' })
  createCategory(
    @Ctx() ctx: Context,
    @Arg('kind', () => CategoryKind) kind: CategoryKind,
    @Arg('name') name: string,
  ) {
    return ctx.services.categories.create(ctx.user!, kind, name);
  }

  @Mutation(() => Category)
  updateCategory(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('name') name: string) {
    return ctx.services.categories.rename(ctx.user!, id, name);
  }

  @Mutation(() => Boolean, { description: 'Refused while a record uses the category.' })
  deleteCategory(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return ctx.services.categories.remove(ctx.user!, id);
  }
}
