import { Arg, Ctx, Field, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { LanguageEnum, User } from '../user/user.entity';

@ObjectType({ simpleResolvers: true })
export class AuthPayload {
  @Field()
  token!: string;

  @Field(() => User)
  user!: User;
}

@Resolver()
export class AuthResolver {
  @Mutation(() => AuthPayload)
  async login(@Ctx() ctx: Context, @Arg('email') email: string, @Arg('password') password: string) {
    const { token, user, expiresAt } = await ctx.services.auth.login(email, password, ctx.ip);
    // The browser keeps the session in an HttpOnly cookie; integrators use the token in the answer.
    ctx.sessionCookie.set(token, expiresAt);
    return { token, user };
  }

  @Mutation(() => Boolean, {
    description: 'Ends the calling session at once (its token and cookie stop working).',
  })
  async logout(@Ctx() ctx: Context) {
    ctx.sessionCookie.clear();
    return ctx.services.auth.logout(ctx.user!);
  }

  @Query(() => User)
  async me(@Ctx() ctx: Context) {
    return (await ctx.loaders.user.load(ctx.user!.id))!;
  }

  @Mutation(() => Boolean)
  changePassword(
    @Ctx() ctx: Context,
    @Arg('currentPassword') currentPassword: string,
    @Arg('newPassword') newPassword: string,
  ) {
    return ctx.services.auth.changePassword(ctx.user!, currentPassword, newPassword);
  }

  @Mutation(() => User, { description: 'The UI language, remembered per user (X-01).' })
  updateMyPreferences(@Ctx() ctx: Context, @Arg('language', () => LanguageEnum) language: LanguageEnum) {
    return ctx.services.users.setLanguage(ctx.user!, language);
  }
}
