import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { graphqlEnum, type EnumValue } from '../../graphql/enums';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { FileKind } from './import-file-check';

export const ImportMode = graphqlEnum(
  ['CREATE_ONLY', 'SKIP_DUPLICATES', 'UPDATE_DUPLICATES'] as const,
  'ImportMode',
  'What a row matching a live record (DUP-01) does: refused, skipped, or updates it.',
);
export type ImportMode = EnumValue<typeof ImportMode>;

export const ImportStatus = graphqlEnum(['UPLOADED', 'RUNNING', 'DONE', 'FAILED'] as const, 'ImportStatus');
export type ImportStatus = EnumValue<typeof ImportStatus>;

@ObjectType({ simpleResolvers: true })
@InputType('ColumnMappingInput')
export class ColumnMapping {
  @Field()
  column!: string;

  @Field(() => String, { nullable: true, description: 'null: the column is ignored.' })
  field!: string | null;
}

@ObjectType({ simpleResolvers: true, description: 'A field a column can be mapped to.' })
export class ImportField {
  @Field()
  field!: string;

  @Field({ description: 'In the caller’s language.' })
  label!: string;

  @Field({ description: 'Always required, or required by the DUP-01 settings.' })
  required!: boolean;
}

@ObjectType({ simpleResolvers: true })
export class ImportRowError {
  @Field(() => Int, { description: 'The row number in the file.' })
  row!: number;

  @Field()
  field!: string;

  @Field()
  message!: string;
}

@ObjectType({ simpleResolvers: true, description: 'IMP-01/02: an upload and what its runs did.' })
@Entity('import_job')
export class ImportJob {
  @Field(() => ID)
  @PrimaryColumn('uuid')
  id!: string;

  @Field()
  @Column({ type: 'text' })
  module!: string;

  @Field()
  @Column({ name: 'file_name', type: 'text' })
  fileName!: string;

  @Column({ name: 'file_kind', type: 'text' })
  fileKind!: FileKind;

  @Field(() => Int, { description: 'Bytes.' })
  @Column({ name: 'file_size', type: 'bigint', transformer: { to: (v: number) => v, from: Number } })
  fileSize!: number;

  @Field(() => [String], { description: 'The headers found in the file.' })
  @Column({ type: 'text', array: true })
  columns!: string[];

  @Field(() => [ColumnMapping])
  @Column({ name: 'suggested_mapping', type: 'jsonb' })
  suggestedMapping!: ColumnMapping[];

  @Field(() => [ColumnMapping], { nullable: true, description: 'The mapping of the last run.' })
  @Column({ type: 'jsonb', nullable: true })
  mapping!: ColumnMapping[] | null;

  @Field(() => ImportMode, { nullable: true })
  @Column({ type: 'text', nullable: true })
  mode!: ImportMode | null;

  @Field()
  @Column({ name: 'dry_run', type: 'boolean' })
  dryRun!: boolean;

  @Field()
  @Column({ name: 'convert_old_mobile', type: 'boolean' })
  convertOldMobilePrefixes!: boolean;

  @Field(() => ImportStatus)
  @Column({ type: 'text' })
  status!: ImportStatus;

  @Field(() => Int)
  @Column({ name: 'total_rows', type: 'integer' })
  totalRows!: number;

  @Field(() => Int, { description: 'Rows done so far (committed, for a real run).' })
  @Column({ name: 'processed_rows', type: 'integer' })
  processedRows!: number;

  /** Rows per batch, fixed when a run starts, so that a resumed run cuts the file the same way. */
  @Column({ name: 'batch_size', type: 'integer', nullable: true })
  batchSize!: number | null;

  /** The batches (numbered from 0) a run has committed. */
  @Column({ name: 'done_batches', type: 'integer', array: true })
  doneBatches!: number[];

  @Field(() => Int)
  @Column({ type: 'integer' })
  created!: number;

  @Field(() => Int)
  @Column({ type: 'integer' })
  updated!: number;

  @Field(() => Int)
  @Column({ type: 'integer' })
  skipped!: number;

  @Field(() => Int)
  @Column({ type: 'integer' })
  failed!: number;

  /** The server process running the job (`<instance>/<pid>/<random>`), while it runs. */
  @Column({ type: 'text', nullable: true })
  runner!: string | null;

  /** The runner's claim holds until then; it renews it while it runs (see ImportJobService). */
  @Column({ name: 'lease_until', type: 'timestamptz', nullable: true })
  leaseUntil!: Date | null;

  /** Message key of why the last run stopped. */
  @Column({ type: 'text', nullable: true })
  failure!: string | null;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy!: string;

  @Field()
  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'started_at', type: 'timestamptz', nullable: true })
  startedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt!: Date | null;
}
