import { Field, ObjectType } from 'type-graphql';
import { Column } from 'typeorm';
import { OwnedRecord } from '../../core/owned-record';
import { DateScalar, MoneyScalar } from '../../graphql/scalars';

/**
 * The columns every sales document shares (SALES-DESIGN.md "Data"): number, customer, owner,
 * the totals computed from its lines, trash and version. Each document's entity extends it.
 */
@ObjectType()
export abstract class DocumentBase extends OwnedRecord {
  @Field()
  @Column({ type: 'text' })
  number!: string;

  @Column({ name: 'customer_id', type: 'uuid' })
  customerId!: string;

  @Column({ name: 'contact_id', type: 'uuid', nullable: true })
  contactId!: string | null;

  /** Written only from `computeTotals`, with the lines (whole đồng; pg answers bigint as text). */
  @Column({ type: 'bigint' })
  amount!: string;

  @Column({ type: 'bigint' })
  discount!: string;

  @Column({ type: 'bigint' })
  vat!: string;

  @Column({ type: 'bigint' })
  total!: string;
}

/** A dated document that receipts pay (orders, invoices): its date, its notes, what its receipts brought. */
@ObjectType()
export abstract class PaidDocument extends DocumentBase {
  @Field(() => DateScalar)
  @Column({ type: 'date' })
  date!: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  notes!: string | null;

  /** What its receipts brought (whole đồng), kept in the receipt's transaction. */
  @Field(() => MoneyScalar)
  @Column({ type: 'bigint' })
  received!: string;
}
