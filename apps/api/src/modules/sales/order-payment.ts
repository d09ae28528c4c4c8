import { paymentStatus, type PaymentStatus } from '@sen/shared';
import type { EntityManager } from 'typeorm';

/**
 * An order's payment status (Chưa thanh toán, Một phần, Đã thanh toán) follows what was paid for
 * it: the receipts allocated to the order itself (`received`) plus what the receipts brought to
 * the invoices made from it (those not in the trash; a cancelled invoice has none). The order's
 * own `received` and `outstanding` stay what was allocated to it directly, and debt stays with the
 * invoices, so nothing is counted twice.
 */
const PAID_THROUGH_INVOICES = (order: string) =>
  `(SELECT coalesce(sum(i.received), 0) FROM invoice i WHERE i.order_id = ${order}.id AND i.deleted_at IS NULL)`;

/** What the invoices made from an order brought (whole đồng). */
export async function paidThroughInvoices(m: EntityManager, orderId: string): Promise<bigint> {
  const [row]: { paid: string }[] = await m.query(
    `SELECT ${PAID_THROUGH_INVOICES('o')}::text AS paid FROM sales_order o WHERE o.id = $1`,
    [orderId],
  );
  return BigInt(row?.paid ?? 0);
}

/** The orders the given invoices were made from. */
export async function ordersOfInvoices(m: EntityManager, invoiceIds: readonly string[]): Promise<string[]> {
  if (invoiceIds.length === 0) {
    return [];
  }
  const rows: { order_id: string }[] = await m.query(
    `SELECT DISTINCT order_id FROM invoice WHERE id = ANY($1::uuid[]) AND order_id IS NOT NULL`,
    [invoiceIds],
  );
  return rows.map((r) => r.order_id);
}

/** An order whose payment status moved. */
export interface OrderPaymentChange {
  id: string;
  number: string;
  from: PaymentStatus;
  to: PaymentStatus;
}

/**
 * Sets the payment status of the given orders from what was paid for them, in the caller's
 * transaction (the orders locked by the caller), and answers those that moved.
 */
export async function settleOrderPayments(
  m: EntityManager,
  orderIds: readonly string[],
): Promise<OrderPaymentChange[]> {
  if (orderIds.length === 0) {
    return [];
  }
  const rows: { id: string; number: string; total: string; paid: string; payment_status: PaymentStatus }[] =
    await m.query(
      `SELECT o.id, o.number, o.total::text, (o.received + ${PAID_THROUGH_INVOICES('o')})::text AS paid,
              o.payment_status
         FROM sales_order o WHERE o.id = ANY($1::uuid[]) ORDER BY o.id`,
      [orderIds],
    );
  const changes: OrderPaymentChange[] = [];
  for (const r of rows) {
    const to = paymentStatus(BigInt(r.paid), BigInt(r.total));
    if (to !== r.payment_status) {
      await m.query(
        `UPDATE sales_order SET payment_status = $2, version = version + 1, updated_at = now() WHERE id = $1`,
        [r.id, to],
      );
      changes.push({ id: r.id, number: r.number, from: r.payment_status, to });
    }
  }
  return changes;
}
