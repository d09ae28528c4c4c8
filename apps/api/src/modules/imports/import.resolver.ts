import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ConnectionType, PageArgs } from '../../graphql/connection';
import type { Context } from '../../graphql/context';
import { User } from '../user/user.entity';
import { ImportField, ImportJob, ImportRowError } from './import-job.entity';
import { ImportErrorsArgs, ImportJobFilter, RunImportArgs } from './import.inputs';

export const ImportJobConnection = ConnectionType(ImportJob, 'ImportJobConnection');

@Resolver(() => ImportJob)
export class ImportResolver {
  @Query(() => ImportJob, { nullable: true, description: 'NOT_FOUND when the caller may not see it.' })
  importJob(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return ctx.services.imports.byId(ctx.user!, id);
  }

  @Query(() => ImportJobConnection, { description: 'IMP-02: import history, newest first.' })
  importJobs(
    @Ctx() ctx: Context,
    @Args() page: PageArgs,
    @Arg('filter', () => ImportJobFilter, { nullable: true }) filter?: ImportJobFilter,
  ) {
    return ctx.services.imports.list(ctx.user!, filter ?? {}, page);
  }

  @Mutation(() => ImportJob, { description: 'Starts a dry run or a run; poll importJob for progress.' })
  runImport(@Ctx() ctx: Context, @Args() args: RunImportArgs) {
    return ctx.services.imports.run(ctx.user!, args.jobId, args);
  }

  @FieldResolver(() => [ImportRowError])
  errors(@Root() job: ImportJob, @Ctx() ctx: Context, @Args() args: ImportErrorsArgs) {
    return ctx.services.imports.errors(job, ctx.locale, args.first ?? 100);
  }

  @FieldResolver(() => [ImportField], { description: 'What a column may be mapped to.' })
  fields(@Root() job: ImportJob, @Ctx() ctx: Context) {
    return ctx.services.imports.fields(job, ctx.locale);
  }

  @FieldResolver(() => String, { nullable: true, description: 'Why the last run stopped.' })
  failureMessage(@Root() job: ImportJob, @Ctx() ctx: Context) {
    return ctx.services.imports.failureMessage(job, ctx.locale);
  }

  @FieldResolver(() => Boolean, { description: 'An interrupted run that runImport continues.' })
  resumable(@Root() job: ImportJob) {
    return job.status === 'FAILED' && !job.dryRun && job.processedRows > 0;
  }

  @FieldResolver(() => User)
  createdBy(@Root() job: ImportJob, @Ctx() ctx: Context) {
    return ctx.loaders.user.load(job.createdBy);
  }
}
