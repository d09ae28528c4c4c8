import { crm } from '../../../test/crm';
import { useTestApp, errorCode as code, errorFields as fields } from '../../../test/harness';
import { MONEY_TABLES } from '../receipt-test-helpers';

/**
 * SAL-07 Phiếu thu after it is made: an edit (version-checked, the allocations replaced, each
 * document moving by the difference; refusals write nothing) and the trash (what a deleted receipt
 * paid is owed again, in the invoice, its status and the debt; a restore pays it again or is
 * refused; a purge is an admin's and leaves the debt as it is).
 */
const RECEIPT = `id number date amount method note version customer { id }
  allocations { amount invoice { id number } order { id } instalment { id } }`;

let admin: string;
let staff1: string;
let staff2: string;
let customerId: string;

interface ReceiptOut {
  id: string;
  number: string;
  amount: string;
  note: string | null;
  version: number;
  allocations: { amount: string; invoice: { id: string } | null }[];
}

/** An issued invoice of 1 × 10.000.000 at 10 % = 11.000.000 đ. */
async function invoice(): Promise<string> {
  const r = await app.gql<{ createInvoice: { id: string; version: number } }>(
    `mutation($i: CreateInvoiceInput!) { createInvoice(input: $i) { id version } }`,
    {
      i: {
        customerId,
        date: '2026-10-01',
        dueDate: '2026-10-15',
        lines: [{ productName: 'Gói', unit: 'Gói', quantity: '1', unitPrice: '10000000', vatRate: 'TEN' }],
      },
    },
    { token: staff1 },
  );
  const issued = await app.gql<{ issueInvoice: { id: string } }>(
    `mutation($id: ID!, $v: Int!) { issueInvoice(id: $id, version: $v) { id } }`,
    { id: r.data!.createInvoice.id, v: r.data!.createInvoice.version },
    { token: staff1 },
  );
  return issued.data!.issueInvoice.id;
}

async function pay(
  amount: string,
  allocations: { invoiceId: string; amount: string }[],
): Promise<ReceiptOut> {
  const r = await app.gql<{ createReceipt: ReceiptOut }>(
    `mutation($i: CreateReceiptInput!) { createReceipt(input: $i) { ${RECEIPT} } }`,
    { i: { customerId, date: '2026-11-01', method: 'TRANSFER', amount, allocations } },
    { token: staff1 },
  );
  expect(r.errors).toBeUndefined();
  return r.data!.createReceipt;
}

const edit = (token: string, r: ReceiptOut, input: Record<string, unknown>) =>
  app.gql<{ updateReceipt: ReceiptOut }>(
    `mutation($id: ID!, $i: UpdateReceiptInput!) { updateReceipt(id: $id, input: $i) { ${RECEIPT} } }`,
    {
      id: r.id,
      i: {
        customerId,
        date: '2026-11-01',
        method: 'TRANSFER',
        amount: r.amount,
        version: r.version,
        allocations: r.allocations.map((a) => ({ invoiceId: a.invoice!.id, amount: a.amount })),
        ...input,
      },
    },
    { token },
  );

const paid = async (id: string) =>
  (
    await app.gql<{ invoice: { status: string; received: string; outstanding: string } }>(
      `query($id: ID!) { invoice(id: $id) { status received outstanding } }`,
      { id },
      { token: staff1 },
    )
  ).data!.invoice;

const debt = async () =>
  (
    await app.gql<{ customerDebt: { invoiced: string; received: string; outstanding: string } }>(
      `query($c: ID!) { customerDebt(customerId: $c, asOf: "2026-12-01") { invoiced received outstanding } }`,
      { c: customerId },
      { token: staff1 },
    )
  ).data!.customerDebt;

const trashMutation = (
  name: 'deleteReceipts' | 'restoreReceipts' | 'purgeReceipts',
  token: string,
  ids: string[],
) => app.gql<Record<string, number>>(`mutation($ids: [ID!]!) { ${name}(ids: $ids) }`, { ids }, { token });

async function listed(token: string, deleted: boolean) {
  const r = await app.gql<{ receipts: { nodes: { number: string; deletedAt: string | null }[] } }>(
    `query($f: ReceiptFilter) { receipts(filter: $f, first: 100) { nodes { number deletedAt } } }`,
    { f: { customerId, deleted } },
    { token },
  );
  expect(r.errors).toBeUndefined();
  return r.data!.receipts.nodes;
}

const app = useTestApp(async (a) => ([admin, staff1, staff2] = await a.signIn('admin', 'staff1', 'staff2')));
beforeAll(async () => {
  customerId = (await crm(app).createCustomer(staff1, { name: 'Công ty TNHH Thu Tiền-mxbix4k2' })).id;
});

describe('editing a receipt', () => {
  it('moves each document by the difference, with the audit entry and a new version', async () => {
    const a = await invoice();
    const b = await invoice();
    const r = await pay('5000000', [{ invoiceId: a, amount: '5000000' }]);
    expect(await paid(a)).toMatchObject({ status: 'PARTIAL', received: '5000000' });

    // The note alone: the allocation is kept, the invoice not paid twice.
    const noted = await edit(staff1, r, { note: 'Chuyển khoản VCB' });
    expect(noted.errors).toBeUndefined();
    expect(noted.data!.updateReceipt).toMatchObject({ note: 'Chuyển khoản VCB', version: r.version + 1 });
    expect(await paid(a)).toMatchObject({ status: 'PARTIAL', received: '5000000' });

    // All of A (up to what it owes: what this receipt paid counts as not owed), the rest to B.
    const moved = await edit(staff1, noted.data!.updateReceipt, {
      amount: '14000000',
      allocations: [
        { invoiceId: a, amount: '11000000' },
        { invoiceId: b, amount: '3000000' },
      ],
    });
    expect(moved.errors).toBeUndefined();
    expect(await paid(a)).toMatchObject({ status: 'PAID', received: '11000000', outstanding: '0' });
    expect(await paid(b)).toMatchObject({ status: 'PARTIAL', received: '3000000' });

    // Down again: B alone.
    const back = await edit(staff1, moved.data!.updateReceipt, {
      amount: '2000000',
      allocations: [{ invoiceId: b, amount: '2000000' }],
    });
    expect(back.errors).toBeUndefined();
    expect(await paid(a)).toMatchObject({ status: 'ISSUED', received: '0' });
    expect(await paid(b)).toMatchObject({ status: 'PARTIAL', received: '2000000' });
    expect(back.data!.updateReceipt.allocations).toEqual([
      { amount: '2000000', invoice: { id: b, number: expect.any(String) }, order: null, instalment: null },
    ]);

    const log = await app.gql<{
      auditLogs: { nodes: { action: string; description: string; changes: Record<string, unknown> }[] };
    }>(
      `query($r: String!) { auditLogs(filter: { recordId: $r }, first: 20) { nodes { action description changes } } }`,
      { r: r.id },
      { token: staff1 },
    );
    expect(log.errors).toBeUndefined();
    const history = log.data!.auditLogs.nodes.reverse();
    expect(history.map((e: { action: string }) => e.action)).toEqual([
      'CREATE',
      'UPDATE',
      'UPDATE',
      'UPDATE',
    ]);
    expect(history[1].description).toContain(r.number);
    expect(history[1].changes).toMatchObject({ note: { from: null, to: 'Chuyển khoản VCB' } });
    expect(history[1].changes.allocations).toBeUndefined();
    expect(history[2].changes).toMatchObject({
      amount: { from: '5000000', to: '14000000' },
      allocations: { from: [{ invoiceId: a, amount: '5000000' }] },
    });
  });

  it('over an invoice’s outstanding, above the amount, stale, or by another STAFF: refused, nothing written', async () => {
    const a = await invoice();
    const other = await pay('9000000', [{ invoiceId: a, amount: '9000000' }]);
    expect(other.number).toBeTruthy();
    const r = await pay('1000000', [{ invoiceId: a, amount: '1000000' }]);
    const before = await app.snapshot(MONEY_TABLES);

    // A owes 1.000.000 beside this receipt's own 1.000.000: 2.000.001 is one đồng too many.
    const over = await edit(staff1, r, {
      amount: '2000001',
      allocations: [{ invoiceId: a, amount: '2000001' }],
    });
    expect(code(over)).toBe('BAD_USER_INPUT');
    expect(fields(over)).toEqual(['allocations.0.amount']);
    const above = await edit(staff1, r, { amount: '500000' });
    expect(fields(above)).toEqual(['amount']);
    const stale = await edit(staff1, { ...r, version: r.version - 1 }, { note: 'x' });
    expect(code(stale)).toBe('CONFLICT');
    const stranger = await edit(staff2, r, { note: 'x' });
    expect(code(stranger)).toBe('NOT_FOUND');
    expect(await app.snapshot(MONEY_TABLES)).toEqual(before);

    // Exactly what it owes is fine.
    const full = await edit(staff1, r, {
      amount: '2000000',
      allocations: [{ invoiceId: a, amount: '2000000' }],
    });
    expect(full.errors).toBeUndefined();
    expect(await paid(a)).toMatchObject({ status: 'PAID', outstanding: '0' });
  });
});

describe('receipts in the trash', () => {
  it('a deleted receipt pays nothing until restored; the debt follows; the trash lists it', async () => {
    const a = await invoice();
    const start = await debt();
    const r = await pay('4000000', [{ invoiceId: a, amount: '4000000' }]);
    expect(BigInt((await debt()).outstanding)).toBe(BigInt(start.outstanding) - 4_000_000n);

    expect(await trashMutation('deleteReceipts', staff1, [r.id])).toMatchObject({
      data: { deleteReceipts: 1 },
    });
    expect(await paid(a)).toMatchObject({ status: 'ISSUED', received: '0', outstanding: '11000000' });
    expect(await debt()).toEqual(start);
    expect((await listed(staff1, false)).map((n) => n.number)).not.toContain(r.number);
    const trash = await listed(staff1, true);
    expect(trash.find((n) => n.number === r.number)?.deletedAt).toBeTruthy();
    // Another STAFF user's trash does not show it; a receipt in the trash is not edited.
    expect((await listed(staff2, true)).map((n) => n.number)).not.toContain(r.number);
    expect(code(await edit(staff1, { ...r, version: r.version + 1 }, { note: 'x' }))).toBe('NOT_FOUND');

    expect(await trashMutation('restoreReceipts', staff1, [r.id])).toMatchObject({
      data: { restoreReceipts: 1 },
    });
    expect(await paid(a)).toMatchObject({ status: 'PARTIAL', received: '4000000' });
    expect(BigInt((await debt()).outstanding)).toBe(BigInt(start.outstanding) - 4_000_000n);
  });

  it('a restore that would over-pay is refused and writes nothing; a purge is an admin’s', async () => {
    const a = await invoice();
    const r = await pay('6000000', [{ invoiceId: a, amount: '6000000' }]);
    await trashMutation('deleteReceipts', staff1, [r.id]);
    // Meanwhile the invoice was paid in full by another receipt.
    await pay('11000000', [{ invoiceId: a, amount: '11000000' }]);
    const before = await app.snapshot(MONEY_TABLES);
    const refused = await trashMutation('restoreReceipts', staff1, [r.id]);
    expect(code(refused)).toBe('BAD_USER_INPUT');
    expect(await app.snapshot(MONEY_TABLES)).toEqual(before);

    expect(code(await trashMutation('purgeReceipts', staff1, [r.id]))).toBe('FORBIDDEN');
    expect(await trashMutation('purgeReceipts', admin, [r.id])).toMatchObject({ data: { purgeReceipts: 1 } });
    expect((await listed(admin, true)).map((n) => n.number)).not.toContain(r.number);
    expect(await paid(a)).toMatchObject({ status: 'PAID', received: '11000000' });
    const [{ n }] = await app.server.db.dataSource.query(
      `SELECT count(*)::int AS n FROM receipt_allocation WHERE receipt_id = $1`,
      [r.id],
    );
    expect(n).toBe(0);
  });
});
