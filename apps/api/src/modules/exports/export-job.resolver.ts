import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { ExportJob } from './export-job.entity';

@Resolver(() => ExportJob)
export class ExportJobResolver {
  @Query(() => ExportJob, { description: 'X-08: one of the caller’s background exports, with its progress.' })
  exportJob(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return ctx.services.exportJobs.get(ctx.user!, id);
  }

  @Query(() => [ExportJob], { description: 'The caller’s background exports of the last day, newest first.' })
  exportJobs(@Ctx() ctx: Context) {
    return ctx.services.exportJobs.list(ctx.user!);
  }
}
