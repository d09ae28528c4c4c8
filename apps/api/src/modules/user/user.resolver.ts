import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ConnectionType, PageArgs } from '../../graphql/connection';
import type { Context } from '../../graphql/context';
import { Department } from './department.entity';
import { User } from './user.entity';
import { CreateUserInput, UpdateUserInput, UserFilter, UserOrder } from './user.inputs';

const UserConnection = ConnectionType(User, 'User');

@Resolver(() => User)
export class UserResolver {
  @Query(() => UserConnection)
  users(
    @Ctx() ctx: Context,
    @Args() page: PageArgs,
    @Arg('filter', () => UserFilter, { nullable: true }) filter?: UserFilter,
    @Arg('orderBy', () => [UserOrder], { nullable: true }) orderBy?: UserOrder[],
  ) {
    return ctx.services.users.list(filter ?? {}, orderBy ?? [], page);
  }

  @Query(() => User, { nullable: true })
  user(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return ctx.services.users.byId(id);
  }

  @Mutation(() => User)
  createUser(@Ctx() ctx: Context, @Arg('input', () => CreateUserInput) input: CreateUserInput) {
    return ctx.services.users.create(ctx.user!, input);
  }

  @Mutation(() => User)
  updateUser(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateUserInput) input: UpdateUserInput,
  ) {
    return ctx.services.users.update(ctx.user!, id, input);
  }

  @Query(() => [Department])
  departments(@Ctx() ctx: Context) {
    return ctx.services.users.departments();
  }

  @Mutation(() => Department)
  createDepartment(@Ctx() ctx: Context, @Arg('name') name: string) {
    return ctx.services.users.createDepartment(ctx.user!, name);
  }

  @FieldResolver(() => Department, { nullable: true })
  department(@Root() user: User, @Ctx() ctx: Context) {
    return user.departmentId ? ctx.loaders.department.load(user.departmentId) : null;
  }
}
