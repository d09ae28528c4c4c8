import { Field, ID, InputType, Int, type ClassType } from 'type-graphql';
import { DateScalar } from '../../graphql/scalars';
import { DocumentLineInput } from './document-line';

/** What every sales document's list filter has (document-service.ts reads it): search, customer, owners, the trash. */
@InputType()
export abstract class DocumentFilter {
  @Field(() => String, { nullable: true, description: 'Number, customer code and name.' })
  search?: string | null;

  @Field(() => ID, { nullable: true })
  customerId?: string | null;

  @Field(() => [ID], { nullable: true })
  ownerIds?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: 'true: the trash.' })
  deleted?: boolean | null;
}

/** …and a range of the document's date; `noun` names it in the descriptions ("Order date from"). */
export function DatedDocumentFilter(noun?: string) {
  @InputType()
  abstract class DatedFilter extends DocumentFilter {
    @Field(() => DateScalar, { nullable: true, description: noun && `${noun} date from (inclusive).` })
    dateFrom?: string | null;

    @Field(() => DateScalar, { nullable: true, description: noun && `${noun} date to (inclusive).` })
    dateTo?: string | null;
  }
  return DatedFilter;
}

/** A new document with lines: its customer, date and lines, beside the fields of its kind. */
export function NewDocumentInput<T extends ClassType>(Fields: T) {
  @InputType()
  abstract class NewDocument extends Fields {
    @Field(() => ID)
    customerId!: string;

    @Field(() => DateScalar)
    date!: string;

    @Field(() => [DocumentLineInput])
    lines!: DocumentLineInput[];
  }
  return NewDocument;
}

/** An edit of a document with lines: any of its fields, and the version it was read at. */
export function DocumentChangeInput<T extends ClassType>(Fields: T) {
  @InputType()
  abstract class DocumentChange extends Fields {
    @Field(() => ID, { nullable: true })
    customerId?: string;

    @Field(() => DateScalar, { nullable: true })
    date?: string;

    @Field(() => [DocumentLineInput], { nullable: true, description: 'Replaces every line when given.' })
    lines?: DocumentLineInput[];

    @Field(() => Int)
    version!: number;
  }
  return DocumentChange;
}
