import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { EnumField, IntField, MomentField, TextField } from '../../core/columns';
import { graphqlEnum, type EnumValue } from '../../graphql/enums';

export const ExportJobStatus = graphqlEnum(['RUNNING', 'DONE', 'FAILED'] as const, 'ExportJobStatus');
export type ExportJobStatus = EnumValue<typeof ExportJobStatus>;

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

  @TextField({ description: 'The list, as in /files/export/{module}.{format}.' })
  module!: string;

  @TextField({ description: 'xlsx or csv.' })
  format!: string;

  @TextField()
  fileName!: string;

  @EnumField(ExportJobStatus)
  status!: ExportJobStatus;

  @IntField({ nullable: true, description: 'The rows the list showed when the export began.' })
  totalRows!: number | null;

  @IntField({ description: 'Rows written so far; all of them once DONE.' })
  processedRows!: number;

  @Field(() => Int, { nullable: true, description: 'Bytes, once DONE.' })
  @Column({ name: 'file_size', type: 'bigint', nullable: true, transformer: bigint })
  fileSize!: number | null;

  @TextField({ nullable: true, description: 'Why it FAILED, in the language it was asked in.' })
  error!: string | null;

  @MomentField()
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @MomentField({ nullable: true })
  finishedAt!: Date | null;

  @MomentField({ description: 'After this the file is deleted.' })
  expiresAt!: Date;

  @Field(() => String, { nullable: true, description: 'GET it (same authentication) once DONE.' })
  get downloadUrl(): string | null {
    return this.status === ExportJobStatus.DONE ? `/files/export-jobs/${this.id}` : null;
  }
}
