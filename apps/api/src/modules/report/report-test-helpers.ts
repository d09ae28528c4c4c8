import type { TestApp } from '../../test/harness';

/** Data for the report tests, made through the API (and, where no API exists yet, issued in SQL with its audit entry). */
export function reportData(app: TestApp) {
  const must = <T>(r: { data: T | null; errors?: unknown }): T => {
    if (!r.data) {
      throw new Error(JSON.stringify(r.errors));
    }
    return r.data;
  };
  return {
    async activity(token: string, input: Record<string, unknown>) {
      return must(
        await app.gql<{ createActivity: { id: string } }>(
          'mutation($i: CreateActivityInput!) { createActivity(input: $i) { id } }',
          { i: { type: 'TASK', ...input } },
          { token },
        ),
      ).createActivity.id;
    },
    async opportunity(token: string, input: Record<string, unknown>) {
      return must(
        await app.gql<{ createOpportunity: { id: string } }>(
          'mutation($i: CreateOpportunityInput!) { createOpportunity(input: $i) { id } }',
          { i: input },
          { token },
        ),
      ).createOpportunity.id;
    },
    /** An invoice made and issued through the invoice API (one line, no VAT). */
    async issuedInvoice(token: string, customerId: string, unitPrice: string, date: string, dueDate: string) {
      const line = {
        productName: 'Dịch vụ triển khai',
        unit: 'Gói',
        quantity: '1',
        unitPrice,
        vatRate: 'EXEMPT',
      };
      const made = must(
        await app.gql<{ createInvoice: { id: string; version: number } }>(
          `mutation($i: CreateInvoiceInput!) { createInvoice(input: $i) { id version } }`,
          { i: { customerId, date, dueDate, lines: [line] } },
          { token },
        ),
      ).createInvoice;
      must(
        await app.gql(
          `mutation($id: ID!, $v: Int!) { issueInvoice(id: $id, version: $v) { id } }`,
          {
            id: made.id,
            v: made.version,
          },
          { token },
        ),
      );
      return made.id;
    },
    async receipt(token: string, customerId: string, invoiceId: string, amount: string, date: string) {
      must(
        await app.gql(
          `mutation($i: CreateReceiptInput!) { createReceipt(input: $i) { id } }`,
          { i: { customerId, date, amount, method: 'TRANSFER', allocations: [{ invoiceId, amount }] } },
          { token },
        ),
      );
    },
    /** A quote of one line converted to an invoice, then given `status` and `date`. */
    invoice(token: string, customerId: string, unitPrice: string, status: string, date: string) {
      return this.document('INVOICE', token, customerId, unitPrice, status, date);
    },
    /** A contract likewise, `date` being its signing date. */
    contract(token: string, customerId: string, unitPrice: string, status: string, date: string) {
      return this.document('CONTRACT', token, customerId, unitPrice, status, date);
    },
    async document(
      kind: 'INVOICE' | 'CONTRACT',
      token: string,
      customerId: string,
      unitPrice: string,
      status: string,
      date: string,
    ) {
      const q = must(
        await app.gql<{ createQuote: { id: string } }>(
          `mutation($i: CreateQuoteInput!) { createQuote(input: $i) { id } }`,
          {
            i: {
              customerId,
              date,
              lines: [
                { productName: 'Dịch vụ tư vấn', unit: 'Gói', quantity: '1', unitPrice, vatRate: 'EXEMPT' },
              ],
            },
          },
          { token },
        ),
      ).createQuote.id;
      const inv = must(
        await app.gql<{ convertQuote: { id: string } }>(
          `mutation($id: ID!, $to: DocumentTarget!) { convertQuote(id: $id, to: $to) {
             ... on Invoice { id } ... on Contract { id } } }`,
          { id: q, to: kind },
          { token },
        ),
      ).convertQuote.id;
      await app.server.db.dataSource.transaction(async (m) => {
        await m.query(
          `INSERT INTO audit_log (action, module, record_id, description) VALUES ('STATUS_CHANGE', 'test', $1, 'test')`,
          [inv],
        );
        await m.query(
          kind === 'INVOICE'
            ? `UPDATE invoice SET status = $2, date = $3 WHERE id = $1`
            : `UPDATE contract SET status = $2, signed_on = $3 WHERE id = $1`,
          [inv, status, date],
        );
      });
      return inv;
    },
  };
}

/**
 * The dashboard's money tiles for a period equal the lists for the same filter: overdue debt and
 * its aging the debts list's (summed), each month's received and invoiced the receipts and the
 * issued invoices of that month.
 */
export async function expectMoneyTilesEqualLists(app: TestApp, token: string, from: string, to: string) {
  const { dashboard: dash } = await app.data<{
    dashboard: {
      revenueByMonth: { month: string; invoiced: string; received: string }[];
      overdueDebt: string;
      debtAging: { bucket: string; amount: string; count: number }[];
    };
  }>(
    `query($from: Date!, $to: Date!) { dashboard(from: $from, to: $to) {
       revenueByMonth { month invoiced received } overdueDebt debtAging { bucket amount count } } }`,
    { from, to },
    { token },
  );
  const lists = await app.data<{
    debts: { nodes: { overdue: string; buckets: { label: string; amount: string }[] }[] };
  }>(`{ debts(first: 200) { nodes { overdue buckets { label amount } } } }`, {}, { token });
  const debts = lists.debts.nodes;
  const sum = (xs: string[]) => xs.reduce((t, x) => t + BigInt(x), 0n).toString();
  expect(dash.overdueDebt).toBe(sum(debts.map((x) => x.overdue)));
  for (const b of dash.debtAging) {
    expect(b.amount).toBe(sum(debts.map((x) => x.buckets.find((y) => y.label === b.bucket)!.amount)));
  }
  for (const m of dash.revenueByMonth) {
    const last = new Date(Date.UTC(Number(m.month.slice(0, 4)), Number(m.month.slice(5, 7)), 0))
      .toISOString()
      .slice(0, 10);
    const month = await app.data<{
      receipts: { nodes: { amount: string }[] };
      invoices: { nodes: { totals: { total: string } }[] };
    }>(
      `query($from: Date!, $to: Date!) {
         receipts(first: 200, filter: { dateFrom: $from, dateTo: $to }) { nodes { amount } }
         invoices(first: 200, filter: { dateFrom: $from, dateTo: $to, statuses: [ISSUED, PARTIAL, PAID] }) {
           nodes { totals { total } } } }`,
      { from: `${m.month}-01`, to: last },
      { token },
    );
    expect(m.received).toBe(sum(month.receipts.nodes.map((r) => r.amount)));
    expect(m.invoiced).toBe(sum(month.invoices.nodes.map((i) => i.totals.total)));
  }
  return dash;
}
