import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ConnectionType, PageArgs } from '../../graphql/connection';
import type { Context } from '../../graphql/context';
import { Category } from '../category/category.entity';
import { User } from '../user/user.entity';
import { Product } from './product.entity';
import { CreateProductInput, ProductFilter, ProductOrder, UpdateProductInput } from './product.inputs';

export const ProductConnection = ConnectionType(Product, 'Product');

@Resolver(() => Product)
export class ProductResolver {
  @Query(() => ProductConnection, { description: 'SAL-01: the catalogue, seen by every user.' })
  products(
    @Ctx() ctx: Context,
    @Args() page: PageArgs,
    @Arg('filter', () => ProductFilter, { nullable: true }) filter?: ProductFilter,
    @Arg('orderBy', () => [ProductOrder], { nullable: true }) orderBy?: ProductOrder[],
  ) {
    return ctx.services.products.list(ctx.user!, filter ?? {}, orderBy ?? [], page);
  }

  @Query(() => Product, { nullable: true })
  product(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return ctx.services.products.byId(ctx.user!, id);
  }

  @Mutation(() => Product, { description: 'Any user, also inline from a document line (thêm mới hàng hóa).' })
  createProduct(@Ctx() ctx: Context, @Arg('input', () => CreateProductInput) input: CreateProductInput) {
    return ctx.services.products.create(ctx.user!, input);
  }

  @Mutation(() => Product, { description: 'Managers and admins; a STAFF user the products they added.' })
  updateProduct(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateProductInput) input: UpdateProductInput,
  ) {
    return ctx.services.products.update(ctx.user!, id, input);
  }

  @Mutation(() => Int, { description: 'To the trash; document lines keep the product’s name.' })
  deleteProducts(@Ctx() ctx: Context, @Arg('ids', () => [ID]) ids: string[]) {
    return ctx.services.products.trash.remove(ctx.user!, ids);
  }

  @Mutation(() => Int)
  restoreProducts(@Ctx() ctx: Context, @Arg('ids', () => [ID]) ids: string[]) {
    return ctx.services.products.trash.restore(ctx.user!, ids);
  }

  @Mutation(() => Int, { description: 'Admin; products in the trash only.' })
  purgeProducts(@Ctx() ctx: Context, @Arg('ids', () => [ID]) ids: string[]) {
    return ctx.services.products.trash.purge(ctx.user!, ids);
  }

  @FieldResolver(() => Category, { nullable: true, description: 'Nhóm hàng hóa.' })
  group(@Root() p: Product, @Ctx() ctx: Context) {
    return p.groupId ? ctx.loaders.category.load(p.groupId) : null;
  }

  @FieldResolver(() => User, { description: 'Who added it.' })
  async owner(@Root() p: Product, @Ctx() ctx: Context) {
    return (await ctx.loaders.user.load(p.ownerId))!;
  }
}
