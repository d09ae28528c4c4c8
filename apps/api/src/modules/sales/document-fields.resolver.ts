import { Ctx, FieldResolver, Resolver, Root, type ClassType } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { Contact } from '../contact/contact.entity';
import { Customer } from '../customer/customer.entity';
import { User } from '../user/user.entity';
import type { DocumentBase } from './document-base';
import { DocumentLine, DocumentTotals } from './document-line';
import { documentTotals, type LineOwner } from './line-store';

/**
 * The fields every line-bearing document answers the same way: its customer and contact, owner,
 * lines and totals (API.md `DocumentLine`, `DocumentTotals`). A document's resolver extends it.
 */
export function DocumentFieldsResolver<T extends DocumentBase>(type: ClassType<T>, owner: LineOwner) {
  @Resolver(() => type)
  abstract class DocumentFields {
    @FieldResolver(() => Customer)
    async customer(@Root() d: T, @Ctx() ctx: Context) {
      return (await ctx.loaders.sales.customer.load(d.customerId))!;
    }

    @FieldResolver(() => Contact, { nullable: true })
    contact(@Root() d: T, @Ctx() ctx: Context) {
      return d.contactId ? ctx.loaders.sales.contact.load(d.contactId) : null;
    }

    @FieldResolver(() => User)
    async owner(@Root() d: T, @Ctx() ctx: Context) {
      return (await ctx.loaders.user.load(d.ownerId))!;
    }

    @FieldResolver(() => [DocumentLine], { description: 'In their order on the document.' })
    lines(@Root() d: T, @Ctx() ctx: Context) {
      return ctx.loaders.sales.lines[owner].load(d.id);
    }

    @FieldResolver(() => DocumentTotals, { description: 'Computed by the server from the lines.' })
    totals(@Root() d: T, @Ctx() ctx: Context) {
      return documentTotals(d, () => ctx.loaders.sales.lines[owner].load(d.id));
    }
  }
  return DocumentFields;
}
