import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { ConnectionType, PageArgs } from '../../graphql/connection';
import type { Context } from '../../graphql/context';
import { User } from '../user/user.entity';
import { AuditLog } from './audit-log.entity';
import { AuditLogFilter } from './audit.inputs';

const AuditLogConnection = ConnectionType(AuditLog, 'AuditLog');

@Resolver(() => AuditLog)
export class AuditResolver {
  @Query(() => AuditLogConnection, { description: 'Admins see every entry, managers their department’s.' })
  auditLogs(
    @Ctx() ctx: Context,
    @Args() page: PageArgs,
    @Arg('filter', () => AuditLogFilter, { nullable: true }) filter?: AuditLogFilter,
  ) {
    return ctx.services.audit.list(ctx.user!, filter ?? {}, page);
  }

  @Query(() => [String], { description: 'Module names that appear in the log, for the filter.' })
  auditModules(@Ctx() ctx: Context) {
    return ctx.services.audit.modules();
  }

  @FieldResolver(() => String, { description: 'In the caller’s language (Accept-Language).' })
  description(@Root() entry: AuditLog, @Ctx() ctx: Context): string {
    return ctx.locale === 'en' ? (entry.descriptionEn ?? entry.description) : entry.description;
  }

  @FieldResolver(() => User, { nullable: true })
  user(@Root() entry: AuditLog, @Ctx() ctx: Context) {
    return entry.userId ? ctx.loaders.user.load(entry.userId) : null;
  }
}
