import type { Language, Role } from '@sen/shared';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { DayField, EnumField, TextField } from '../../core/columns';

export enum RoleEnum {
  ADMIN = 'ADMIN',
  MANAGER = 'MANAGER',
  STAFF = 'STAFF',
}
registerEnumType(RoleEnum, { name: 'Role' });

export enum LanguageEnum {
  VI = 'VI',
  EN = 'EN',
}
registerEnumType(LanguageEnum, { name: 'Language' });

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
