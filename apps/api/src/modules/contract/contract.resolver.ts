import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ConnectionType, PageArgs } from '../../graphql/connection';
import type { Context } from '../../graphql/context';
import { MoneyScalar } from '../../graphql/scalars';
import { Opportunity } from '../opportunity/opportunity.entity';
import { OPPORTUNITY_OWNERSHIP } from '../opportunity/opportunity.service';
import { Quote } from '../quote/quote.entity';
import { QUOTE_OWNERSHIP } from '../quote/quote.service';
import { DocumentFieldsResolver } from '../sales/document-fields.resolver';
import { visibleLoader } from '../sales/sales-loaders';
import { PaymentInstalment } from './contract-instalment';
import { Contract } from './contract.entity';
import { ContractFilter, ContractOrder, CreateContractInput, UpdateContractInput } from './contract.inputs';

export const ContractConnection = ConnectionType(Contract, 'Contract');

@Resolver(() => Contract)
export class ContractResolver extends DocumentFieldsResolver(Contract, 'contract') {
  @Query(() => ContractConnection, {
    description: 'Those the caller owns, manages or whose customer they see.',
  })
  contracts(
    @Ctx() ctx: Context,
    @Args() page: PageArgs,
    @Arg('filter', () => ContractFilter, { nullable: true }) filter?: ContractFilter,
    @Arg('orderBy', () => [ContractOrder], { nullable: true }) orderBy?: ContractOrder[],
  ) {
    return ctx.services.contracts.list(ctx.user!, filter ?? {}, orderBy ?? [], page);
  }

  @Query(() => Contract, { nullable: true, description: 'NOT_FOUND when the caller may not see it.' })
  contract(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return ctx.services.contracts.byId(ctx.user!, id);
  }

  @Mutation(() => Contract, {
    description: 'signed or moveToSignedGroup makes the customer SIGNED (CUS-03); instalments ≤ total.',
  })
  createContract(@Ctx() ctx: Context, @Arg('input', () => CreateContractInput) input: CreateContractInput) {
    return ctx.services.contracts.create(ctx.user!, input);
  }

  @Mutation(() => Contract, {
    description: 'status follows the contract machine; INVALID_TRANSITION otherwise.',
  })
  updateContract(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateContractInput) input: UpdateContractInput,
  ) {
    return ctx.services.contracts.update(ctx.user!, id, input);
  }

  @Mutation(() => Int, { description: 'To the trash (not while an instalment has money on it).' })
  deleteContracts(@Ctx() ctx: Context, @Arg('ids', () => [ID]) ids: string[]) {
    return ctx.services.contracts.trash.remove(ctx.user!, ids);
  }

  @Mutation(() => Int)
  restoreContracts(@Ctx() ctx: Context, @Arg('ids', () => [ID]) ids: string[]) {
    return ctx.services.contracts.trash.restore(ctx.user!, ids);
  }

  @Mutation(() => Int, { description: 'Admin; contracts in the trash only.' })
  purgeContracts(@Ctx() ctx: Context, @Arg('ids', () => [ID]) ids: string[]) {
    return ctx.services.contracts.trash.purge(ctx.user!, ids);
  }

  @FieldResolver(() => [PaymentInstalment], { description: 'The payment schedule, in order.' })
  instalments(@Root() c: Contract, @Ctx() ctx: Context) {
    return ctx.loaders.sales.instalments.load(c.id);
  }

  @FieldResolver(() => MoneyScalar, { description: 'What receipts brought on its instalments.' })
  async received(@Root() c: Contract, @Ctx() ctx: Context): Promise<string> {
    const list = await ctx.loaders.sales.instalments.load(c.id);
    return list.reduce((s, i) => s + BigInt(i.received), 0n).toString();
  }

  @FieldResolver(() => MoneyScalar, { description: 'total − received.' })
  async outstanding(@Root() c: Contract, @Ctx() ctx: Context): Promise<string> {
    if (c.status === 'CANCELLED') {
      return '0';
    }
    const list = await ctx.loaders.sales.instalments.load(c.id);
    return (BigInt(c.total) - list.reduce((s, i) => s + BigInt(i.received), 0n)).toString();
  }

  @FieldResolver(() => MoneyScalar, {
    nullable: true,
    description: 'The plain value of a contract without lines.',
  })
  value(@Root() c: Contract): string | null {
    return c.value;
  }

  @FieldResolver(() => Quote, { nullable: true, description: 'The quote it was made from.' })
  quote(@Root() d: Contract, @Ctx() ctx: Context) {
    return d.quoteId ? visibleLoader(ctx.loaders.sales, Quote, QUOTE_OWNERSHIP).load(d.quoteId) : null;
  }

  @FieldResolver(() => Opportunity, { nullable: true })
  opportunity(@Root() d: Contract, @Ctx() ctx: Context) {
    return d.opportunityId
      ? visibleLoader(ctx.loaders.sales, Opportunity, OPPORTUNITY_OWNERSHIP).load(d.opportunityId)
      : null;
  }
}
