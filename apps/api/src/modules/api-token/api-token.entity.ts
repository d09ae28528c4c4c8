import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { MomentField, TextField } from '../../core/columns';

@ObjectType({ simpleResolvers: true })
@Entity('api_token')
export class ApiToken {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @TextField()
  name!: string;

  /** SHA-256 of the token; the token itself is shown once and never stored. */
  @Column({ name: 'token_hash', type: 'text', select: false })
  tokenHash!: string;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @MomentField({ nullable: true })
  lastUsedAt!: Date | null;

  @MomentField({ nullable: true })
  revokedAt!: Date | null;

  @MomentField({ nullable: true, description: 'After this moment the token is refused.' })
  expiresAt!: Date | null;

  @Field({ description: 'A read-only token may query but every mutation is refused (FORBIDDEN).' })
  @Column({ name: 'read_only', type: 'boolean', default: false })
  readOnly!: boolean;
}

@ObjectType({ simpleResolvers: true })
export class CreatedApiToken {
  @Field({ description: 'The token itself: shown this once, never again.' })
  token!: string;

  @Field(() => ApiToken)
  apiToken!: ApiToken;
}
