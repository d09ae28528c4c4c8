import { Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** PAR-01: the one row of the company's details; the logo's bytes are read only by the logo route. */
@Entity('company_profile')
export class CompanyProfileRow {
  @PrimaryColumn({ type: 'smallint' })
  id!: number;

  @Column({ name: 'tax_code', type: 'text', nullable: true })
  taxCode!: string | null;

  @Column({ type: 'text', nullable: true })
  address!: string | null;

  @Column({ type: 'text', nullable: true })
  phone!: string | null;

  @Column({ type: 'text', nullable: true })
  email!: string | null;

  @Column({ type: 'text', nullable: true })
  website!: string | null;

  @Column({ name: 'bank_account', type: 'text', nullable: true })
  bankAccount!: string | null;

  @Column({ name: 'bank_name', type: 'text', nullable: true })
  bankName!: string | null;

  @Column({ type: 'text', nullable: true })
  representative!: string | null;

  @Column({ type: 'bytea', nullable: true, select: false })
  logo!: Buffer | null;

  @Column({ name: 'logo_type', type: 'text', nullable: true })
  logoType!: string | null;

  @Column({ name: 'logo_updated_at', type: 'timestamptz', nullable: true })
  logoUpdatedAt!: Date | null;

  @Column({ type: 'integer' })
  version!: number;
}

@ObjectType({ description: 'PAR-01: the header of every printed document.', simpleResolvers: true })
export class CompanyProfile {
  @Field(() => String, { nullable: true, description: 'The same value as systemParameters.companyName.' })
  name!: string | null;

  @Field(() => String, { nullable: true })
  taxCode!: string | null;

  @Field(() => String, { nullable: true })
  address!: string | null;

  @Field(() => String, { nullable: true })
  phone!: string | null;

  @Field(() => String, { nullable: true })
  email!: string | null;

  @Field(() => String, { nullable: true })
  website!: string | null;

  @Field(() => String, { nullable: true })
  bankAccount!: string | null;

  @Field(() => String, { nullable: true })
  bankName!: string | null;

  @Field(() => String, { nullable: true })
  representative!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'GET it with the same authentication as /graphql; null when no logo is set.',
  })
  logoUrl!: string | null;

  @Field(() => Int)
  version!: number;
}
