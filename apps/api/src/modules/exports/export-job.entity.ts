import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

export enum ExportJobStatus {
  RUNNING = 'RUNNING',
  DONE = 'DONE',
  FAILED = 'FAILED',
}
registerEnumType(ExportJobStatus, { name: 'ExportJobStatus' });

const bigint = { to: (v: number | null) => v, from: (v: string | null) => (v === null ? null : Number(v)) };

@ObjectType({
  simpleResolvers: true,
  description: 'X-08: a list export run in the background (POST /files/export/…), kept for a day.',
})
@Entity('export_job')
export class ExportJob {
  @Field(() => ID)
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @Field({ description: 'The list, as in /files/export/{module}.{format}.' })
  @Column({ type: 'text' })
  module!: string;

  @Field({ description: 'xlsx or csv.' })
  @Column({ type: 'text' })
  format!: string;

  @Field()
  @Column({ name: 'file_name', type: 'text' })
  fileName!: string;

  @Field(() => ExportJobStatus)
  @Column({ type: 'text' })
  status!: ExportJobStatus;

  @Field(() => Int, { nullable: true, description: 'The rows the list showed when the export began.' })
  @Column({ name: 'total_rows', type: 'integer', nullable: true })
  totalRows!: number | null;

  @Field(() => Int, { description: 'Rows written so far; all of them once DONE.' })
  @Column({ name: 'processed_rows', type: 'integer' })
  processedRows!: number;

  @Field(() => Int, { nullable: true, description: 'Bytes, once DONE.' })
  @Column({ name: 'file_size', type: 'bigint', nullable: true, transformer: bigint })
  fileSize!: number | null;

  @Field(() => String, { nullable: true, description: 'Why it FAILED, in the language it was asked in.' })
  @Column({ type: 'text', nullable: true })
  error!: string | null;

  @Field()
  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt!: Date | null;

  @Field({ description: 'After this the file is deleted.' })
  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;

  @Field(() => String, { nullable: true, description: 'GET it (same authentication) once DONE.' })
  get downloadUrl(): string | null {
    return this.status === ExportJobStatus.DONE ? `/files/export-jobs/${this.id}` : null;
  }
}
