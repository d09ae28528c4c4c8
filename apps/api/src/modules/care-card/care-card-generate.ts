import { AppError, vietnamDay, type CareTarget } from '@sen/shared';
import type { Context } from '../../graphql/context';
import type { DocumentLineInput } from '../sales/document-line';
import { readLines } from '../sales/line-store';

/** What an order service offers once orders can be created by hand (issue 17). */
interface OrderCreator {
  create(
    caller: NonNullable<Context['user']>,
    input: { customerId: string; date: string; lines: DocumentLineInput[]; contactId?: string | null },
  ): Promise<{ id: string }>;
}

/**
 * CARE-06 Sinh cơ hội / báo giá / đơn hàng from one card: the card's customer, named after the
 * card, with the linked order's lines (a quote or order needs them). Answers the new record's id;
 * the record is created by its own module, with its own access checks and audit entry.
 */
export async function generateFromCareCard(ctx: Context, id: string, to: CareTarget): Promise<string> {
  const caller = ctx.user!;
  const card = await ctx.services.careCards.byId(caller, id);
  if (to === 'OPPORTUNITY') {
    const o = await ctx.services.opportunities.create(caller, {
      name: `Cơ hội từ thẻ chăm sóc ${card.code}`,
      customerId: card.customerId,
    });
    return o.id;
  }
  const lines = card.orderId ? await readLines(ctx.ds.manager, 'order', [card.orderId]) : [];
  if (lines.length === 0) {
    throw new AppError('BAD_USER_INPUT', { messageKey: 'careCard.noLines' });
  }
  const input = {
    customerId: card.customerId,
    date: vietnamDay(new Date()),
    lines: lines.map((l): DocumentLineInput => ({
      productId: l.productId,
      productName: l.productName,
      unit: l.unit,
      quantity: l.quantity,
      unitPrice: l.unitPrice,
      discountPercent: l.discountPercent,
      discountAmount: l.discountAmount,
      vatRate: l.vatRate,
    })),
  };
  if (to === 'QUOTE') {
    return (await ctx.services.quotes.create(caller, input)).id;
  }
  const orders = (ctx.services as unknown as { orders?: Partial<OrderCreator> }).orders;
  if (!orders?.create) {
    throw new AppError('BAD_USER_INPUT', { messageKey: 'careCard.noLines' });
  }
  return (await orders.create(caller, input)).id;
}
