import { crm } from '../../../test/crm';
import { useTestApp } from '../../../test/harness';
import { expectMoneyTilesEqualLists, reportData } from '../report-test-helpers';

/**
 * The dashboard's revenue, receipts and overdue debt read per-day totals kept by triggers
 * (migration 1768700000002). After each kind of write that moves money (issue, a receipt paying an
 * invoice, its edit, trash, restore and purge, a cancelled invoice, an invoice's trash, restore and
 * purge, a customer shared and transferred), every role's tiles equal the lists, and the kept
 * totals equal a recount from the invoices and receipts.
 */
const FROM = '2026-01-01';
const TO = '2026-12-31';

let admin: string;
let manager: string;
let staff1: string;
let staff2: string;
let ids: Record<'staff1' | 'staff2', string>;
let mine: string;
let theirs: string;

const app = useTestApp(
  async (a) => ([admin, manager, staff1, staff2] = await a.signIn('admin', 'manager', 'staff1', 'staff2')),
);

const ok = async <T = Record<string, unknown>>(
  query: string,
  variables: Record<string, unknown>,
  token: string,
) => app.data<T>(query, variables, { token });

async function expectTruth(): Promise<void> {
  for (const token of [admin, manager, staff1, staff2]) {
    await expectMoneyTilesEqualLists(app, token, FROM, TO);
  }
  const sql = app.server.db.dataSource;
  const kept = await sql.query(
    `SELECT kind, day::text, owner_id, customer_owner_id, amount::text, owing::int FROM money_day_total
      WHERE amount <> 0 OR owing <> 0 ORDER BY 1, 2, 3, 4`,
  );
  const live = `i.deleted_at IS NULL AND i.status IN ('ISSUED', 'PARTIAL', 'PAID')`;
  const recount = await sql.query(
    `SELECT kind, day::text, owner_id, customer_owner_id, sum(amount)::text AS amount, sum(owing)::int AS owing FROM (
       SELECT 'R' AS kind, i.date AS day, i.owner_id, i.customer_owner_id, i.total AS amount, 0 AS owing
         FROM invoice i WHERE ${live}
       UNION ALL
       SELECT 'D', coalesce(i.due_date, i.date), i.owner_id, i.customer_owner_id, i.total - i.received,
              (i.total > i.received)::int FROM invoice i WHERE ${live}
       UNION ALL
       SELECT 'P', r.date, r.owner_id, r.customer_owner_id, r.amount, 0 FROM receipt r WHERE r.deleted_at IS NULL) x
      GROUP BY 1, 2, 3, 4 HAVING sum(amount) <> 0 OR sum(owing) <> 0 ORDER BY 1, 2, 3, 4`,
  );
  expect(kept).toEqual(recount);
}

async function invoice(token: string, customerId: string, unitPrice: string, date: string, dueDate: string) {
  return reportData(app).issuedInvoice(token, customerId, unitPrice, date, dueDate);
}

const RECEIPT = 'createReceipt(input: $i) { id version }';
async function pay(token: string, customerId: string, invoiceId: string, amount: string, date: string) {
  const r = await ok<{ createReceipt: { id: string; version: number } }>(
    `mutation($i: CreateReceiptInput!) { ${RECEIPT} }`,
    { i: { customerId, date, amount, method: 'CASH', allocations: [{ invoiceId, amount }] } },
    token,
  );
  return r.createReceipt;
}

const version = async (token: string, kind: 'invoice' | 'receipt', id: string) =>
  (
    await ok<Record<string, { version: number }>>(
      `query($id: ID!) { ${kind}(id: $id) { version } }`,
      { id },
      token,
    )
  )[kind].version;

beforeAll(async () => {
  const h = crm(app);
  ids = await h.userIds(admin, 'staff1', 'staff2');
  mine = (await h.createCustomer(staff1, { name: 'Công ty Tiền Ngày Một' })).id;
  theirs = (await h.createCustomer(staff2, { name: 'Công ty Tiền Ngày Hai' })).id;
});

describe('money per day (REP-02): totals kept by triggers equal the lists', () => {
  it('through issue, payment, receipt edit, trash, restore and purge, cancel, share and transfer', async () => {
    await expectTruth();
    const overdue = await invoice(staff1, mine, '40000000', '2026-09-01', '2026-10-15');
    const soon = await invoice(staff2, theirs, '25000000', '2026-10-20', '2026-11-20');
    const later = await invoice(staff2, theirs, '9000000', '2026-11-01', '2099-01-01');
    await expectTruth();

    const paid = await pay(staff1, mine, overdue, '15000000', '2026-10-02');
    const paidToo = await pay(staff2, theirs, soon, '25000000', '2026-11-05');
    await expectTruth();
    await ok(
      'mutation($id: ID!, $i: UpdateReceiptInput!) { updateReceipt(id: $id, input: $i) { id } }',
      {
        id: paid.id,
        i: {
          customerId: mine,
          date: '2026-08-30',
          amount: '10000000',
          method: 'CASH',
          allocations: [{ invoiceId: overdue, amount: '10000000' }],
          version: paid.version,
        },
      },
      staff1,
    );
    await expectTruth();

    await ok('mutation($i: [ID!]!) { deleteReceipts(ids: $i) }', { i: [paidToo.id] }, staff2);
    await expectTruth();
    await ok('mutation($i: [ID!]!) { restoreReceipts(ids: $i) }', { i: [paidToo.id] }, staff2);
    await expectTruth();
    await ok('mutation($i: [ID!]!) { deleteReceipts(ids: $i) }', { i: [paidToo.id] }, staff2);
    await ok('mutation($i: [ID!]!) { purgeReceipts(ids: $i) }', { i: [paidToo.id] }, admin);
    await expectTruth();

    await ok(
      'mutation($id: ID!, $v: Int!) { cancelInvoice(id: $id, reason: "Sai giá", version: $v) { id } }',
      { id: later, v: await version(staff2, 'invoice', later) },
      staff2,
    );
    await expectTruth();
    await ok('mutation($i: [ID!]!) { deleteInvoices(ids: $i) }', { i: [soon] }, staff2);
    await expectTruth();
    await ok('mutation($i: [ID!]!) { restoreInvoices(ids: $i) }', { i: [soon] }, staff2);
    await expectTruth();

    await ok(
      'mutation($i: [ID!]!, $u: [ID!]!) { shareCustomers(ids: $i, userIds: $u) }',
      {
        i: [theirs],
        u: [ids.staff1],
      },
      staff2,
    );
    await expectTruth();
    await ok(
      'mutation($i: [ID!]!, $u: ID!) { transferCustomers(ids: $i, toUserId: $u) }',
      {
        i: [mine],
        u: ids.staff2,
      },
      admin,
    );
    await expectTruth();
    await ok('mutation($i: [ID!]!) { deleteInvoices(ids: $i) }', { i: [soon, later] }, staff2);
    await ok('mutation($i: [ID!]!) { purgeInvoices(ids: $i) }', { i: [later] }, admin);
    await expectTruth();
  });
});
