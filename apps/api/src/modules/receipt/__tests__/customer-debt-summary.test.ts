import { crm } from '../../../test/crm';
import { startTestApp, type TestApp } from '../../../test/harness';

/**
 * The debts list reads what each customer owes from summaries the invoices' triggers keep
 * (migration 1768000000001). After every kind of write that moves a debt, the list over HTTP, the
 * customer's own debt and the summaries must equal the truth: issued invoices less what live
 * receipts paid on them.
 */
let app: TestApp;
let admin: string;
let staff1: string;
let staff2: string;
let staff2Id: string;
let mine: string;
let theirs: string;

const AS_OF = '2026-12-01';

/** The truth, from the invoices and the allocations of live receipts alone, per customer. */
async function truth(): Promise<Map<string, { outstanding: string; overdue: boolean }>> {
  const rows: { customer_id: string; owed: string; overdue: boolean }[] =
    await app.server.db.dataSource.query(
      `SELECT i.customer_id, sum(i.total - coalesce(p.paid, 0))::text AS owed,
            bool_or(coalesce(i.due_date, i.date) < $1 AND i.total > coalesce(p.paid, 0)) AS overdue
       FROM invoice i
       LEFT JOIN (SELECT a.invoice_id, sum(a.amount) AS paid FROM receipt_allocation a
                    JOIN receipt r ON r.id = a.receipt_id AND r.deleted_at IS NULL GROUP BY a.invoice_id) p
         ON p.invoice_id = i.id
      WHERE i.deleted_at IS NULL AND i.status IN ('ISSUED', 'PARTIAL', 'PAID')
      GROUP BY i.customer_id HAVING sum(i.total - coalesce(p.paid, 0)) > 0`,
      [AS_OF],
    );
  return new Map(rows.map((r) => [r.customer_id, { outstanding: r.owed, overdue: r.overdue }]));
}

async function list(token: string, filter: Record<string, unknown>) {
  const r = await app.gql<{
    debts: { totalCount: number; nodes: { outstanding: string; customer: { id: string } }[] };
  }>(
    `query($f: DebtFilter) { debts(filter: $f, first: 100) { totalCount nodes { outstanding customer { id } } } }`,
    { f: { asOf: AS_OF, ...filter } },
    { token },
  );
  expect(r.errors).toBeUndefined();
  return r.data!.debts;
}

/** Every view of the debt equals the truth: ADMIN's list (all, overdue), the customers' own debt. */
async function expectTruth(): Promise<void> {
  const want = await truth();
  const all = await list(admin, {});
  expect(Object.fromEntries(all.nodes.map((n) => [n.customer.id, n.outstanding]))).toEqual(
    Object.fromEntries([...want].map(([id, d]) => [id, d.outstanding])),
  );
  expect(all.totalCount).toBe(want.size);
  const overdue = await list(admin, { overdueOnly: true });
  expect(overdue.nodes.map((n) => n.customer.id).sort()).toEqual(
    [...want]
      .filter(([, d]) => d.overdue)
      .map(([id]) => id)
      .sort(),
  );
  expect(overdue.totalCount).toBe(overdue.nodes.length);
  for (const id of [mine, theirs]) {
    const d = await app.gql<{ customerDebt: { outstanding: string } }>(
      `query($c: ID!) { customerDebt(customerId: $c, asOf: "${AS_OF}") { outstanding } }`,
      { c: id },
      { token: admin },
    );
    expect(d.data!.customerDebt.outstanding).toBe(want.get(id)?.outstanding ?? '0');
  }
}

async function invoice(
  token: string,
  customerId: string,
  dueDate: string,
): Promise<{ id: string; version: number }> {
  const r = await app.gql<{ createInvoice: { id: string; version: number } }>(
    `mutation($i: CreateInvoiceInput!) { createInvoice(input: $i) { id version } }`,
    {
      i: {
        customerId,
        date: '2026-10-01',
        dueDate,
        lines: [{ productName: 'Gói', unit: 'Gói', quantity: '1', unitPrice: '10000000', vatRate: 'TEN' }],
      },
    },
    { token },
  );
  expect(r.errors).toBeUndefined();
  const issued = await app.gql<{ issueInvoice: { id: string; version: number } }>(
    `mutation($id: ID!, $v: Int!) { issueInvoice(id: $id, version: $v) { id version } }`,
    { id: r.data!.createInvoice.id, v: r.data!.createInvoice.version },
    { token },
  );
  expect(issued.errors).toBeUndefined();
  return issued.data!.issueInvoice;
}

const RECEIPT = 'id amount version allocations { amount invoice { id } }';
interface Receipt {
  id: string;
  amount: string;
  version: number;
}

async function pay(customerId: string, invoiceId: string, amount: string): Promise<Receipt> {
  const r = await app.gql<{ createReceipt: Receipt }>(
    `mutation($i: CreateReceiptInput!) { createReceipt(input: $i) { ${RECEIPT} } }`,
    {
      i: { customerId, date: '2026-11-01', method: 'CASH', amount, allocations: [{ invoiceId, amount }] },
    },
    { token: staff1 },
  );
  expect(r.errors).toBeUndefined();
  return r.data!.createReceipt;
}

const mutate = async (token: string, text: string, variables: Record<string, unknown>) => {
  const r = await app.gql(text, variables, { token });
  expect(r.errors).toBeUndefined();
  return r.data!;
};

beforeAll(async () => {
  app = await startTestApp();
  admin = await app.login('admin@sen.local');
  staff1 = await app.login('staff1@sen.local');
  staff2 = await app.login('staff2@sen.local');
  staff2Id = await crm(app).userId(admin, 'staff2@sen.local');
  mine = (await crm(app).createCustomer(staff1, { name: 'Công ty TNHH Công Nợ Một' })).id;
  theirs = (await crm(app).createCustomer(staff2, { name: 'Công ty TNHH Công Nợ Hai' })).id;
});
afterAll(() => app.close());

it('the summary stays equal to invoices less receipts through every write that moves a debt', async () => {
  await expectTruth();
  // Issue: one overdue, one not yet due, one of another STAFF's customer.
  const late = await invoice(staff1, mine, '2026-10-15');
  const later = await invoice(staff1, mine, '2027-01-31');
  const other = await invoice(staff2, theirs, '2026-11-15');
  await expectTruth();

  // A part payment, then paying the overdue one off (the customer is then not overdue).
  const part = await pay(mine, late.id, '4000000');
  await expectTruth();
  const rest = await pay(mine, late.id, '7000000');
  await expectTruth();
  expect((await list(admin, { overdueOnly: true })).nodes.map((n) => n.customer.id)).toEqual([theirs]);

  // An edit of the receipt: less on the overdue invoice, the rest on the later one.
  const edited = await mutate(
    staff1,
    `mutation($id: ID!, $i: UpdateReceiptInput!) { updateReceipt(id: $id, input: $i) { ${RECEIPT} } }`,
    {
      id: part.id,
      i: {
        customerId: mine,
        date: '2026-11-01',
        method: 'CASH',
        amount: '4000000',
        version: part.version,
        allocations: [
          { invoiceId: late.id, amount: '1000000' },
          { invoiceId: later.id, amount: '3000000' },
        ],
      },
    },
  );
  expect(edited).toBeTruthy();
  await expectTruth();

  // The receipt to the trash (owed again), back, to the trash, purged (stays owed).
  const ids = { ids: [rest.id] };
  await mutate(staff1, `mutation($ids: [ID!]!) { deleteReceipts(ids: $ids) }`, ids);
  await expectTruth();
  await mutate(staff1, `mutation($ids: [ID!]!) { restoreReceipts(ids: $ids) }`, ids);
  await expectTruth();
  await mutate(staff1, `mutation($ids: [ID!]!) { deleteReceipts(ids: $ids) }`, ids);
  await mutate(admin, `mutation($ids: [ID!]!) { purgeReceipts(ids: $ids) }`, ids);
  await expectTruth();

  // A cancelled invoice leaves the debt; a trashed one too, and comes back with its restore.
  await mutate(
    staff2,
    `mutation($id: ID!, $v: Int!) { cancelInvoice(id: $id, version: $v, reason: "Sai") { id } }`,
    {
      id: other.id,
      v: other.version,
    },
  );
  await expectTruth();
  expect((await list(admin, {})).nodes.map((n) => n.customer.id)).toEqual([mine]);

  // Counted afresh (as the bulk seed does after a load with triggers off), the summary is the same.
  const q = (sql: string) => app.server.db.dataSource.query(sql);
  const kept = `SELECT customer_id, owner_id, customer_owner_id, outstanding, earliest_due
                  FROM customer_debt_owner ORDER BY 1, 2`;
  const [before, beforeTotals] = [await q(kept), await q('SELECT * FROM customer_debt ORDER BY 1')];
  await q('SELECT sen_customer_debt_rebuild()');
  expect(await q(kept)).toEqual(before);
  expect(await q('SELECT * FROM customer_debt ORDER BY 1')).toEqual(beforeTotals);
  expect(before.length).toBeGreaterThan(0);
});

it('STAFF sees the debts of their invoices and customers only, and a transfer moves them', async () => {
  const theirsToo = (await crm(app).createCustomer(staff2, { name: 'Công ty TNHH Công Nợ Ba' })).id;
  await invoice(staff2, theirsToo, '2026-10-20');
  const ids = (d: { nodes: { customer: { id: string } }[] }) => d.nodes.map((n) => n.customer.id).sort();
  expect(ids(await list(staff1, {}))).toEqual([mine]);
  expect(ids(await list(staff2, {}))).toEqual([theirsToo]);
  expect((await list(staff1, { overdueOnly: true })).totalCount).toBe(1);

  // Transferred to staff2: staff2 now sees the customer's debt; staff1 still its own invoices.
  await mutate(admin, `mutation($ids: [ID!]!, $u: ID!) { transferCustomers(ids: $ids, toUserId: $u) }`, {
    ids: [mine],
    u: staff2Id,
  });
  expect(ids(await list(staff2, {}))).toEqual([mine, theirsToo].sort());
  expect(ids(await list(staff1, {}))).toEqual([mine]);
  expect(ids(await list(admin, { ownerIds: [staff2Id] }))).toEqual([theirsToo]);
  await expectTruth();
});
