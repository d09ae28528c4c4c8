import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { CompanyProfile } from './company-profile.entity';
import { CompanyProfileInput } from './company.inputs';

@Resolver()
export class CompanyResolver {
  @Query(() => CompanyProfile, { description: 'PAR-01: every user may read it (it heads their documents).' })
  companyProfile(@Ctx() ctx: Context) {
    return ctx.services.company.get();
  }

  @Mutation(() => CompanyProfile, { description: 'Admin only. The logo is set by POST /files/company/logo.' })
  updateCompanyProfile(
    @Ctx() ctx: Context,
    @Arg('input', () => CompanyProfileInput) input: CompanyProfileInput,
  ) {
    return ctx.services.company.update(ctx.user!, input);
  }
}
