import { type Language, type Role, ROLES, LANGUAGES } from '@sen/shared';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { DayField, EnumField, TextField } from '../../core/columns';
import { graphqlEnum, type EnumValue } from '../../graphql/enums';

export const RoleEnum = graphqlEnum(ROLES, 'Role');
export type RoleEnum = EnumValue<typeof RoleEnum>;

export const LanguageEnum = graphqlEnum(LANGUAGES, 'Language');
export type LanguageEnum = EnumValue<typeof LanguageEnum>;

@ObjectType({ simpleResolvers: true })
@Entity('app_user')
export class User {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @TextField()
  email!: string;

  @TextField()
  name!: string;

  @Column({ name: 'password_hash', type: 'text', select: false })
  passwordHash!: string;

  @EnumField(RoleEnum)
  role!: Role;

  @Column({ name: 'department_id', type: 'uuid', nullable: true })
  departmentId!: string | null;

  @DayField({ nullable: true })
  birthday!: string | null;

  @Field()
  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @Field(() => LanguageEnum)
  @Column({ type: 'text', default: 'VI' })
  language!: Language;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @Field(() => Int)
  @Column({ type: 'integer', default: 1 })
  version!: number;
}
