import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { ColumnMapping, ImportMode, ImportStatus } from './import-job.entity';

@InputType()
export class ImportJobFilter {
  @Field(() => String, { nullable: true, description: 'customers | contacts' })
  module?: string | null;

  @Field(() => [ImportStatus], { nullable: true })
  statuses?: ImportStatus[] | null;
}

@ArgsType()
export class RunImportArgs {
  @Field(() => ID)
  jobId!: string;

  @Field(() => [ColumnMapping], {
    nullable: true,
    description: 'Defaults to the suggested mapping; ignored when resuming an interrupted run.',
  })
  mapping?: ColumnMapping[] | null;

  @Field(() => ImportMode)
  mode!: ImportMode;

  @Field(() => Boolean, { nullable: true, description: 'Validate and count only; writes no record.' })
  dryRun?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'X-09: 0169… → 039… and the like.' })
  convertOldMobilePrefixes?: boolean | null;
}

@ArgsType()
export class ImportErrorsArgs {
  @Field(() => Int, { nullable: true, defaultValue: 100 })
  first?: number;
}
