import {
  AppError,
  formatNumberVi,
  INVOICE_STATUS_LABEL,
  invoiceStatusAfterPayment,
  PAYMENT_STATUS_LABEL,
  type FieldError,
  type InvoiceStatus,
} from '@sen/shared';
import type { EntityManager } from 'typeorm';
import { writeAudit, type AuditEntry } from '../../core/audit';
import { auditText } from '../../core/audit-text';
import type { AuthUser } from '../../core/caller';
import { scopeOwned, type Ownership } from '../../core/scope';
import { UUID } from '../../core/sql';
import { ordersOfInvoices, settleOrderPayments } from '../sales/order-payment';
import { CONTRACT_OWNERSHIP, INVOICE_OWNERSHIP, ORDER_OWNERSHIP } from '../sales/sales-document.service';

/** One allocation of a receipt: exactly one target, an amount in whole đồng. */
export interface Allocation {
  invoiceId?: string | null;
  orderId?: string | null;
  instalmentId?: string | null;
  amount: string;
}

interface Target {
  id: string;
  number: string;
  customerId: string;
  total: bigint;
  received: bigint;
  /** Whether it takes money at all (an issued invoice, an open order, an instalment of a live contract). */
  payable: boolean;
  /** Whether the caller may pay it (only what a receipt takes back needs no look). */
  visible: boolean;
}

type Kind = 'invoice' | 'order' | 'instalment';

const FIELD: Record<Kind, keyof Allocation> = {
  invoice: 'invoiceId',
  order: 'orderId',
  instalment: 'instalmentId',
};

const kindOf = (a: Allocation): Kind => (a.invoiceId ? 'invoice' : a.orderId ? 'order' : 'instalment');
const idOf = (a: Allocation) => (a.invoiceId ?? a.orderId ?? a.instalmentId)!;

/** The ids of `o` among `ids` that the caller may see. */
async function visibleIds(
  m: EntityManager,
  o: Ownership,
  ids: string[],
  caller: AuthUser,
): Promise<Set<string>> {
  if (ids.length === 0) {
    return new Set();
  }
  const qb = m
    .createQueryBuilder()
    .select('r.id', 'id')
    .from(o.table, 'r')
    .where('r.id IN (:...ids)', { ids });
  const rows: { id: string }[] = await scopeOwned(qb, 'r', caller, o).getRawMany();
  return new Set(rows.map((r) => r.id));
}

/** An invoice or order as an allocation pays it. */
interface PayableRow<S> {
  id: string;
  number: string;
  customer_id: string;
  status: S;
  total: string;
  received: string;
  deleted: boolean;
}

/** The invoices or orders among `ids`, locked for the rest of the transaction (in id order). */
async function lockPayable<S>(
  m: EntityManager,
  table: 'invoice' | 'sales_order',
  ids: string[],
): Promise<PayableRow<S>[]> {
  return ids.length === 0
    ? []
    : m.query(
        `SELECT id, number, customer_id, status, total::text, received::text, deleted_at IS NOT NULL AS deleted
           FROM ${table} WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE`,
        [ids],
      );
}

/**
 * Adds a receipt's allocations to their documents (`sign` 1), or takes them back (−1, the receipt
 * going to the trash), in the caller's transaction. Every document touched is locked first, in one
 * order (contracts, invoices, orders, instalments; each by id), so concurrent receipts wait for one
 * another and the second sees what the first wrote: an allocation above what is still owed is
 * refused (`allocations.N.amount`) and nothing is written. An invoice's status and an order's
 * payment status follow, each with its audit entry; so does the payment status of the order an
 * invoice was made from (see `settleOrderPayments`: its orders are locked after the invoices).
 *
 * An edit passes the receipt's allocations as they were (`previous`): each document then moves by
 * the difference alone, and only a document paid more must take it (payable, within what it owes).
 */
export async function applyAllocations(
  m: EntityManager,
  caller: AuthUser,
  receipt: { number: string; customerId: string },
  allocations: readonly Allocation[],
  sign: 1 | -1,
  previous: readonly Allocation[] = [],
): Promise<void> {
  if (allocations.length === 0 && previous.length === 0) {
    return;
  }
  const errors: FieldError[] = [];
  allocations.forEach((a, i) => {
    if (!UUID.test(idOf(a))) {
      errors.push({ field: `allocations.${i}.${FIELD[kindOf(a)]}`, message: 'v.invalid' });
    }
  });
  if (errors.length > 0) {
    throw AppError.badInput(errors);
  }
  const all = [...allocations, ...previous];
  const ids = (k: Kind) => [...new Set(all.filter((a) => kindOf(a) === k).map(idOf))].sort();
  const instalmentIds = ids('instalment');
  const contractOf = new Map<string, string>(
    instalmentIds.length === 0
      ? []
      : (
          (await m.query(`SELECT id, contract_id FROM contract_instalment WHERE id = ANY($1::uuid[])`, [
            instalmentIds,
          ])) as { id: string; contract_id: string }[]
        ).map((r) => [r.id, r.contract_id]),
  );
  const contractIds = [...new Set(contractOf.values())].sort();

  // The locks, always in this order.
  const contracts: { id: string; number: string; customer_id: string; status: string; deleted: boolean }[] =
    contractIds.length === 0
      ? []
      : await m.query(
          `SELECT id, number, customer_id, status, deleted_at IS NOT NULL AS deleted FROM contract
            WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE`,
          [contractIds],
        );
  const invoices = await lockPayable<InvoiceStatus>(m, 'invoice', ids('invoice'));
  const parentOrders = await ordersOfInvoices(
    m,
    invoices.map((r) => r.id),
  );
  const orders = await lockPayable<string>(m, 'sales_order', [
    ...new Set([...ids('order'), ...parentOrders]),
  ]);
  const instalments: {
    id: string;
    contract_id: string;
    position: number;
    amount: string;
    received: string;
  }[] =
    instalmentIds.length === 0
      ? []
      : await m.query(
          `SELECT id, contract_id, position, amount::text, received::text FROM contract_instalment
            WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE`,
          [instalmentIds],
        );

  // A receipt being created pays only documents the caller may see; taking one back needs no look.
  const [seeInvoices, seeOrders, seeContracts] =
    sign === 1
      ? await Promise.all([
          visibleIds(
            m,
            INVOICE_OWNERSHIP,
            invoices.map((r) => r.id),
            caller,
          ),
          visibleIds(
            m,
            ORDER_OWNERSHIP,
            orders.map((r) => r.id),
            caller,
          ),
          visibleIds(
            m,
            CONTRACT_OWNERSHIP,
            contracts.map((r) => r.id),
            caller,
          ),
        ])
      : [null, null, null];
  const seen = (set: Set<string> | null, id: string) => set === null || set.has(id);

  const targets = new Map<
    string,
    Target & { kind: Kind; extra: { position?: number; contractId?: string } }
  >();
  const addPayable = <S>(
    kind: 'invoice' | 'order',
    rows: PayableRow<S>[],
    visible: Set<string> | null,
    open: (status: S) => boolean,
  ) => {
    for (const r of rows) {
      targets.set(r.id, {
        visible: seen(visible, r.id),
        kind,
        id: r.id,
        number: r.number,
        customerId: r.customer_id,
        total: BigInt(r.total),
        received: BigInt(r.received),
        payable: !r.deleted && open(r.status),
        extra: {},
      });
    }
  };
  addPayable('invoice', invoices, seeInvoices, (s) => s === 'ISSUED' || s === 'PARTIAL' || s === 'PAID');
  addPayable('order', orders, seeOrders, (s) => s !== 'CANCELLED');
  const contractById = new Map(contracts.map((c) => [c.id, c]));
  for (const r of instalments) {
    const c = contractById.get(r.contract_id);
    if (c) {
      targets.set(r.id, {
        visible: seen(seeContracts, c.id),
        kind: 'instalment',
        id: r.id,
        number: c.number,
        customerId: c.customer_id,
        total: BigInt(r.amount),
        received: BigInt(r.received),
        payable: !c.deleted && c.status !== 'CANCELLED',
        extra: { position: r.position, contractId: c.id },
      });
    }
  }

  // What each document moves by: what the allocations pay, less what they paid before.
  const sums = new Map<string, bigint>();
  for (const p of previous) {
    sums.set(idOf(p), (sums.get(idOf(p)) ?? 0n) - BigInt(p.amount));
  }
  allocations.forEach((a, i) => {
    const t = targets.get(idOf(a));
    const field = `allocations.${i}.${FIELD[kindOf(a)]}`;
    if (!t || t.kind !== kindOf(a) || !t.visible) {
      errors.push({ field, message: 'v.invalid' });
      return;
    }
    const sum = (sums.get(t.id) ?? 0n) + BigInt(a.amount);
    sums.set(t.id, sum);
    if (sign === 1 && (t.customerId !== receipt.customerId || (sum > 0n && !t.payable))) {
      errors.push({ field, message: 'v.notPayable' });
      return;
    }
    if (sign === 1 && sum > 0n && t.received + sum > t.total) {
      errors.push({ field: `allocations.${i}.amount`, message: 'v.allocationAboveOutstanding' });
    }
  });
  if (errors.length > 0) {
    throw AppError.badInput(errors);
  }

  const audit: AuditEntry[] = [];
  for (const [id, sum] of sums) {
    const t = targets.get(id);
    if (!t || sum === 0n) {
      continue;
    }
    const received = t.received + BigInt(sign) * sum;
    const text = { received: formatNumberVi(received), receipt: receipt.number, number: t.number };
    switch (t.kind) {
      case 'invoice': {
        const before = invoices.find((r) => r.id === id)!;
        const status =
          before.status === 'ISSUED' || before.status === 'PARTIAL' || before.status === 'PAID'
            ? invoiceStatusAfterPayment(received, t.total)
            : before.status;
        await m.query(
          `UPDATE invoice SET received = $2, status = $3, version = version + 1, updated_at = now() WHERE id = $1`,
          [id, received.toString(), status],
        );
        audit.push({
          action: status !== before.status ? 'STATUS_CHANGE' : 'UPDATE',
          module: 'invoices',
          recordId: id,
          userId: caller.id,
          description: auditText('invoice.paid', text),
          changes: {
            received: { from: t.received.toString(), to: received.toString() },
            ...(status !== before.status
              ? {
                  status: {
                    from: INVOICE_STATUS_LABEL[before.status].vi,
                    to: INVOICE_STATUS_LABEL[status].vi,
                  },
                }
              : {}),
          },
        });
        break;
      }
      case 'order': {
        // Its payment status is settled below, with the orders of the invoices paid.
        await m.query(
          `UPDATE sales_order SET received = $2, version = version + 1, updated_at = now() WHERE id = $1`,
          [id, received.toString()],
        );
        audit.push({
          action: 'UPDATE',
          module: 'orders',
          recordId: id,
          userId: caller.id,
          description: auditText('order.paid', text),
          changes: { received: { from: t.received.toString(), to: received.toString() } },
        });
        break;
      }
      case 'instalment': {
        await m.query(`UPDATE contract_instalment SET received = $2 WHERE id = $1`, [
          id,
          received.toString(),
        ]);
        audit.push({
          action: 'UPDATE',
          module: 'contracts',
          recordId: t.extra.contractId!,
          userId: caller.id,
          description: auditText('contract.paid', {
            number: t.number,
            position: t.extra.position!,
            amount: formatNumberVi(BigInt(sign) * sum),
            receipt: receipt.number,
          }),
          changes: {
            [`instalments.${t.extra.position}.received`]: {
              from: t.received.toString(),
              to: received.toString(),
            },
          },
        });
        break;
      }
    }
  }
  for (const change of await settleOrderPayments(
    m,
    orders.map((r) => r.id),
  )) {
    const paymentStatus = {
      from: PAYMENT_STATUS_LABEL[change.from].vi,
      to: PAYMENT_STATUS_LABEL[change.to].vi,
    };
    const paid = audit.find((a) => a.module === 'orders' && a.recordId === change.id);
    if (paid) {
      paid.changes = { ...paid.changes, paymentStatus };
    } else {
      audit.push({
        action: 'UPDATE',
        module: 'orders',
        recordId: change.id,
        userId: caller.id,
        description: auditText('order.paidThroughInvoice', {
          number: change.number,
          receipt: receipt.number,
        }),
        changes: { paymentStatus },
      });
    }
  }
  await writeAudit(m, audit);
}
