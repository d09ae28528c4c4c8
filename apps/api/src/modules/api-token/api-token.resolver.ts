import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { ApiToken, CreatedApiToken } from './api-token.entity';

@Resolver(() => ApiToken)
export class ApiTokenResolver {
  @Query(() => [ApiToken], { description: 'The caller’s personal API tokens (USR-04).' })
  apiTokens(@Ctx() ctx: Context) {
    return ctx.services.apiTokens.list(ctx.user!);
  }

  @Mutation(() => CreatedApiToken, { description: 'The token is in the answer once; only its hash is kept.' })
  createApiToken(
    @Ctx() ctx: Context,
    @Arg('name') name: string,
    @Arg('expiresAt', () => Date, {
      nullable: true,
      description: 'Refused after this moment; none: no expiry.',
    })
    expiresAt?: Date | null,
    @Arg('readOnly', () => Boolean, { nullable: true, description: 'Queries only: mutations are refused.' })
    readOnly?: boolean | null,
  ) {
    return ctx.services.apiTokens.create(ctx.user!, name, { expiresAt, readOnly });
  }

  @Mutation(() => Boolean)
  revokeApiToken(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return ctx.services.apiTokens.revoke(ctx.user!, id);
  }
}
