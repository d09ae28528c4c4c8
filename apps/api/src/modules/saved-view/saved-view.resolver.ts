import { Arg, Ctx, Field, FieldResolver, ID, InputType, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { JSONScalar } from '../../graphql/scalars';
import { User } from '../user/user.entity';
import { SavedView } from './saved-view.entity';

@InputType()
export class SaveViewInput {
  @Field(() => ID, { nullable: true, description: 'The view to update; none: a new view.' })
  id?: string | null;

  @Field({ description: 'The list, by its plural route name (singular accepted).' })
  module!: string;

  @Field()
  name!: string;

  @Field(() => JSONScalar, { nullable: true })
  filter?: unknown;

  @Field(() => [String], { nullable: true })
  columns?: string[] | null;

  @Field(() => JSONScalar, { nullable: true })
  orderBy?: unknown;

  @Field(() => Boolean, { nullable: true, description: 'Offer it to every user (default: private).' })
  shared?: boolean | null;
}

@Resolver(() => SavedView)
export class SavedViewResolver {
  @Query(() => [SavedView], { description: 'The caller’s views of a list and those shared with everyone.' })
  savedViews(@Ctx() ctx: Context, @Arg('module') module: string) {
    return ctx.services.savedViews.list(ctx.user!, module);
  }

  @Mutation(() => SavedView, { description: 'Creates a view, or updates one of the caller’s (`id`).' })
  saveView(@Ctx() ctx: Context, @Arg('input', () => SaveViewInput) input: SaveViewInput) {
    return ctx.services.savedViews.save(ctx.user!, input);
  }

  @Mutation(() => Boolean)
  deleteView(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return ctx.services.savedViews.remove(ctx.user!, id);
  }

  @Mutation(() => Boolean, {
    description: 'The view the caller opens `module` with; id null: back to the list’s own default.',
  })
  setDefaultView(
    @Ctx() ctx: Context,
    @Arg('module') module: string,
    @Arg('id', () => ID, { nullable: true }) id: string | null,
  ) {
    return ctx.services.savedViews.setDefault(ctx.user!, module, id ?? null);
  }

  @FieldResolver(() => User)
  async owner(@Root() v: SavedView, @Ctx() ctx: Context) {
    return (await ctx.loaders.user.load(v.ownerId))!;
  }
}
