import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { EnumField, TextField } from '../../core/columns';

export enum CategoryKind {
  SCALE = 'SCALE',
  INDUSTRY = 'INDUSTRY',
  SOURCE = 'SOURCE',
  CUSTOMER_GROUP = 'CUSTOMER_GROUP',
  CONTACT_GROUP = 'CONTACT_GROUP',
  CONTACT_STATUS = 'CONTACT_STATUS',
  PRODUCT_GROUP = 'PRODUCT_GROUP',
  /** Care cards' Kênh chăm sóc and Mức độ hài lòng (API.md, CARE-01). */
  CARE_CHANNEL = 'CARE_CHANNEL',
  CARE_SATISFACTION = 'CARE_SATISFACTION',
}
registerEnumType(CategoryKind, { name: 'CategoryKind', description: 'Editable lists of CUS-12.' });

@ObjectType({ simpleResolvers: true })
@Entity('category')
export class Category {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @EnumField(CategoryKind)
  kind!: CategoryKind;

  @TextField()
  name!: string;

  @Field(() => Int)
  @Column({ name: 'sort_order', type: 'integer', default: 0 })
  sortOrder!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/** A customer group (Nhóm khách hàng) is a category of kind CUSTOMER_GROUP. */
@ObjectType({ simpleResolvers: true })
export class CustomerGroup {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;
}
