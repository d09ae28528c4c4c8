import {
  CONTRACT_STATUSES,
  INVOICE_STATUSES,
  OPPORTUNITY_STAGES,
  ORDER_STATUSES,
  QUOTE_STATUSES,
  contractMachine,
  effectiveQuoteStatus,
  invoiceMachine,
  invoiceStatusAfterPayment,
  opportunityMachine,
  orderMachine,
  paymentStatus,
  quoteMachine,
} from '../sales';
import type { StateMachine } from '../machine';

function pairs<S extends string>(states: readonly S[]): [S, S][] {
  return states.flatMap((a) => states.map((b) => [a, b] as [S, S]));
}

/** Every pair of states: allowed exactly when listed; a refused move is INVALID_TRANSITION. */
function checkEveryPair<S extends string>(m: StateMachine<S>, allowed: string[]) {
  for (const [from, to] of pairs(m.states)) {
    const ok = allowed.includes(`${from}>${to}`);
    expect([`${from}>${to}`, m.canTransition(from, to)]).toEqual([`${from}>${to}`, ok]);
    if (ok) {
      expect(() => m.assertTransition(from, to)).not.toThrow();
    } else {
      expect(() => m.assertTransition(from, to)).toThrow(
        expect.objectContaining({ code: 'INVALID_TRANSITION' }),
      );
    }
  }
}

describe('sales state machines, over every pair of states', () => {
  it('opportunities move to any other stage (kanban), never to the same one', () => {
    checkEveryPair(
      opportunityMachine,
      pairs(OPPORTUNITY_STAGES)
        .filter(([a, b]) => a !== b)
        .map(([a, b]) => `${a}>${b}`),
    );
  });
  it('quotes: draft → sent → accepted | rejected; rejected and expired go back to draft', () => {
    expect(QUOTE_STATUSES).toHaveLength(5);
    checkEveryPair(quoteMachine, [
      'DRAFT>SENT',
      'SENT>ACCEPTED',
      'SENT>REJECTED',
      'SENT>DRAFT',
      'REJECTED>DRAFT',
      'EXPIRED>DRAFT',
      'EXPIRED>SENT',
    ]);
  });
  it('contracts: liquidated and cancelled are final', () => {
    expect(CONTRACT_STATUSES).toHaveLength(5);
    checkEveryPair(contractMachine, [
      'DRAFT>ACTIVE',
      'DRAFT>CANCELLED',
      'ACTIVE>COMPLETED',
      'ACTIVE>LIQUIDATED',
      'ACTIVE>CANCELLED',
      'COMPLETED>LIQUIDATED',
      'COMPLETED>ACTIVE',
    ]);
  });
  it('orders: delivered and cancelled are final', () => {
    expect(ORDER_STATUSES).toHaveLength(4);
    checkEveryPair(orderMachine, [
      'NEW>PROCESSING',
      'NEW>DELIVERED',
      'NEW>CANCELLED',
      'PROCESSING>DELIVERED',
      'PROCESSING>CANCELLED',
    ]);
  });
  it('invoices: issued → part paid → paid follow receipts; cancelled is final', () => {
    expect(INVOICE_STATUSES).toHaveLength(5);
    checkEveryPair(invoiceMachine, [
      'DRAFT>ISSUED',
      'DRAFT>CANCELLED',
      'ISSUED>PARTIAL',
      'ISSUED>PAID',
      'ISSUED>CANCELLED',
      'PARTIAL>PAID',
      'PARTIAL>ISSUED',
      'PAID>PARTIAL',
    ]);
  });
});

describe('derived statuses', () => {
  it.each<[bigint, bigint, string, string]>([
    [0n, 100n, 'UNPAID', 'ISSUED'],
    [1n, 100n, 'PARTIAL', 'PARTIAL'],
    [99n, 100n, 'PARTIAL', 'PARTIAL'],
    [100n, 100n, 'PAID', 'PAID'],
    [0n, 0n, 'UNPAID', 'ISSUED'],
  ])('received %s of %s → %s, an issued invoice %s', (received, total, payment, invoice) => {
    expect(paymentStatus(received, total)).toBe(payment);
    expect(invoiceStatusAfterPayment(received, total)).toBe(invoice);
  });

  it.each<[string, string | null, string]>([
    ['DRAFT', '2026-12-04', 'EXPIRED'],
    ['SENT', '2026-12-04', 'EXPIRED'],
    ['SENT', '2026-12-05', 'SENT'],
    ['SENT', null, 'SENT'],
    ['ACCEPTED', '2026-01-01', 'ACCEPTED'],
    ['REJECTED', '2026-01-01', 'REJECTED'],
  ])('a %s quote valid until %s shows as %s on 2026-12-05', (status, until, shown) => {
    expect(effectiveQuoteStatus(status as never, until, '2026-12-05')).toBe(shown);
  });
});
