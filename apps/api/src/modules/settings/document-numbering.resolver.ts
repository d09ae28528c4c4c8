import { DOCUMENT_KINDS, type DocumentKind } from '@sen/shared';
import { Arg, Ctx, Field, Int, Mutation, ObjectType, Query, registerEnumType, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context';

export const DocumentKindEnum = Object.fromEntries(DOCUMENT_KINDS.map((k) => [k, k])) as {
  [K in DocumentKind]: K;
};
registerEnumType(DocumentKindEnum, { name: 'DocumentKind' });

@ObjectType('DocumentNumbering', {
  simpleResolvers: true,
  description: 'PAR-02 for documents: prefix + zero-padded counter.',
})
export class DocumentNumberingType {
  @Field(() => DocumentKindEnum)
  kind!: DocumentKind;

  @Field()
  prefix!: string;

  @Field(() => Int)
  width!: number;

  @Field(() => Int, { description: 'The counter the next document of this kind gets.' })
  next!: number;
}

@Resolver()
export class DocumentNumberingResolver {
  @Query(() => [DocumentNumberingType], { description: 'The numbering of every document kind.' })
  documentNumbering(@Ctx() ctx: Context) {
    return ctx.services.documentNumbering.list();
  }

  @Mutation(() => DocumentNumberingType, {
    description: 'Admin only; numbers already given stay as they are.',
  })
  updateDocumentNumbering(
    @Ctx() ctx: Context,
    @Arg('kind', () => DocumentKindEnum) kind: DocumentKind,
    @Arg('prefix') prefix: string,
    @Arg('width', () => Int) width: number,
  ) {
    return ctx.services.documentNumbering.update(ctx.user!, kind, prefix, width);
  }
}
