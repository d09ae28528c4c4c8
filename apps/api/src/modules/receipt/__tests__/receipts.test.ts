import { crm } from '../../../test/crm';
import { ok, useTestApp, errorCode as code, fieldErrors as fields } from '../../../test/harness';
import { MONEY_TABLES } from '../receipt-test-helpers';

const INVOICE = `id number status total: totals { total } received outstanding version buyerName buyerTaxCode
  cancelReason lines { productName total }`;
const RECEIPT = `id number date amount method customer { id } owner { email }
  allocations { amount invoice { id number } order { id number } instalment { id } }`;
const DEBT = `invoiced received outstanding overdue buckets { label amount } customer { id name }`;

let admin: string;
let staff1: string;
let staff2: string;
let customerId: string;
let otherCustomerId: string;

interface InvoiceOut {
  id: string;
  number: string;
  status: string;
  total: { total: string };
  received: string;
  outstanding: string;
  version: number;
  buyerName: string | null;
  cancelReason: string | null;
}

/** 1 line × 10.000.000 at 10 % = 11.000.000 đ. */
const LINE = {
  productName: 'Gói triển khai phần mềm',
  unit: 'Gói',
  quantity: '1',
  unitPrice: '10000000',
  vatRate: 'TEN',
};

async function invoice(token: string, input: Record<string, unknown>, issue = true): Promise<InvoiceOut> {
  const { createInvoice: created } = await app.data<{ createInvoice: InvoiceOut }>(
    `mutation($i: CreateInvoiceInput!) { createInvoice(input: $i) { ${INVOICE} } }`,
    { i: { customerId, date: '2026-10-01', lines: [LINE], ...input } },
    { token },
  );
  if (!issue) {
    return created;
  }
  const issued = await app.data<{ issueInvoice: InvoiceOut }>(
    `mutation($id: ID!, $v: Int!) { issueInvoice(id: $id, version: $v) { ${INVOICE} } }`,
    { id: created.id, v: created.version },
    { token },
  );
  return issued.issueInvoice;
}

const pay = (token: string, input: Record<string, unknown>) =>
  app.gql<{ createReceipt: { id: string; number: string; amount: string } }>(
    `mutation($i: CreateReceiptInput!) { createReceipt(input: $i) { ${RECEIPT} } }`,
    { i: { customerId, date: '2026-11-01', method: 'TRANSFER', ...input } },
    { token },
  );

const getInvoice = async (token: string, id: string) =>
  (
    await app.gql<{ invoice: InvoiceOut }>(
      `query($id: ID!) { invoice(id: $id) { ${INVOICE} } }`,
      { id },
      { token },
    )
  ).data!.invoice;

const app = useTestApp(async (a) => ([admin, staff1, staff2] = await a.signIn('admin', 'staff1', 'staff2')));
const h = crm(app);
beforeAll(async () => {
  customerId = (
    await h.createCustomer(staff1, {
      name: 'Công ty Cổ phần Thương mại Hải Đăng',
      taxCode: '0100109106',
      officeAddress: '12 Lê Lợi, Quận 1, TP. Hồ Chí Minh',
    })
  ).id;
  otherCustomerId = (await h.createCustomer(staff1, { name: 'Công ty TNHH Minh Khôi' })).id;
});

describe('invoices (SAL-06): draft, issue, cancel', () => {
  it('issuing copies the buyer and freezes the lines; a cancel needs a reason and keeps the number', async () => {
    const draft = await invoice(staff1, {}, false);
    expect(draft).toMatchObject({ status: 'DRAFT', outstanding: '0', total: { total: '11000000' } });
    expect(draft.number).toMatch(/^HD\d+|^\w+\d+$/);
    const issued = await invoice(staff1, {});
    expect(issued).toMatchObject({
      status: 'ISSUED',
      buyerName: 'Công ty Cổ phần Thương mại Hải Đăng',
      buyerTaxCode: '0100109106',
      received: '0',
      outstanding: '11000000',
    });
    const before = await app.snapshot(MONEY_TABLES);
    const edit = await app.gql(
      `mutation($id: ID!, $i: UpdateInvoiceInput!) { updateInvoice(id: $id, input: $i) { id } }`,
      { id: issued.id, i: { version: issued.version, lines: [{ ...LINE, unitPrice: '1' }] } },
      { token: staff1 },
    );
    expect(code(edit)).toBe('BAD_USER_INPUT');
    const noReason = await app.gql(
      `mutation($id: ID!, $v: Int!) { cancelInvoice(id: $id, version: $v, reason: "  ") { id } }`,
      { id: issued.id, v: issued.version },
      { token: staff1 },
    );
    expect(fields(noReason)).toEqual([expect.objectContaining({ field: 'reason' })]);
    expect(await app.snapshot(MONEY_TABLES)).toEqual(before);
    const eInvoice = await app.gql<{ updateInvoice: { eInvoiceSymbol: string; version: number } }>(
      `mutation($id: ID!, $i: UpdateInvoiceInput!) { updateInvoice(id: $id, input: $i) { eInvoiceSymbol version } }`,
      { id: issued.id, i: { version: issued.version, eInvoiceSymbol: '1C26TAA', eInvoiceNumber: '0000123' } },
      { token: staff1 },
    );
    expect(eInvoice.data!.updateInvoice.eInvoiceSymbol).toBe('1C26TAA');
    const cancelled = await app.gql<{ cancelInvoice: InvoiceOut }>(
      `mutation($id: ID!, $v: Int!) { cancelInvoice(id: $id, version: $v, reason: "Sai thông tin người mua") { ${INVOICE} } }`,
      { id: issued.id, v: eInvoice.data!.updateInvoice.version },
      { token: staff1 },
    );
    expect(cancelled.data!.cancelInvoice).toMatchObject({
      status: 'CANCELLED',
      number: issued.number,
      cancelReason: 'Sai thông tin người mua',
      outstanding: '0',
    });
  });

  it('search by number and by customer, filter by status and date', async () => {
    const a = await invoice(staff1, { date: '2026-09-15' });
    const list = async (filter: Record<string, unknown>) =>
      (
        await app.gql<{ invoices: { nodes: { id: string }[] } }>(
          `query($f: InvoiceFilter) { invoices(filter: $f, first: 200) { nodes { id } } }`,
          { f: filter },
          { token: staff1 },
        )
      ).data!.invoices.nodes.map((n) => n.id);
    expect(await list({ search: a.number })).toEqual([a.id]);
    expect(await list({ search: 'hai dang' })).toContain(a.id);
    expect(await list({ statuses: ['ISSUED'], dateFrom: '2026-09-15', dateTo: '2026-09-15' })).toEqual([
      a.id,
    ]);
    expect(await list({ statuses: ['CANCELLED'] })).not.toContain(a.id);
  });
});

describe('receipts (SAL-07): allocations, statuses, refusals', () => {
  it('a part payment makes the invoice PARTIAL, the rest PAID; the debt follows', async () => {
    const inv = await invoice(staff1, { date: '2026-10-02', dueDate: '2026-10-10' });
    const first = await pay(staff1, {
      amount: '4000000',
      allocations: [{ invoiceId: inv.id, amount: '4000000' }],
    });
    expect(first.errors).toBeUndefined();
    expect(first.data!.createReceipt).toMatchObject({ amount: '4000000' });
    expect(await getInvoice(staff1, inv.id)).toMatchObject({
      status: 'PARTIAL',
      received: '4000000',
      outstanding: '7000000',
    });
    const rest = await pay(staff1, {
      amount: '7000000',
      allocations: [{ invoiceId: inv.id, amount: '7000000' }],
    });
    expect(rest.errors).toBeUndefined();
    expect(await getInvoice(staff1, inv.id)).toMatchObject({ status: 'PAID', outstanding: '0' });

    // Deleting a receipt makes the money owed again.
    const del = await app.gql(
      `mutation($ids: [ID!]!) { deleteReceipts(ids: $ids) }`,
      {
        ids: [rest.data!.createReceipt.id],
      },
      { token: staff1 },
    );
    expect(del.data).toEqual({ deleteReceipts: 1 });
    expect(await getInvoice(staff1, inv.id)).toMatchObject({ status: 'PARTIAL', outstanding: '7000000' });
    const restore = await app.gql(
      `mutation($ids: [ID!]!) { restoreReceipts(ids: $ids) }`,
      {
        ids: [rest.data!.createReceipt.id],
      },
      { token: staff1 },
    );
    expect(restore.data).toEqual({ restoreReceipts: 1 });
    expect(await getInvoice(staff1, inv.id)).toMatchObject({ status: 'PAID', outstanding: '0' });
  });

  it('over-payment, allocations above the amount, another customer’s or a draft invoice: refused, nothing written', async () => {
    const inv = await invoice(staff1, { date: '2026-10-03' });
    const draft = await invoice(staff1, {}, false);
    const other = await invoice(staff1, { customerId: otherCustomerId });
    const before = await app.snapshot(MONEY_TABLES);
    const over = await pay(staff1, {
      amount: '12000000',
      allocations: [{ invoiceId: inv.id, amount: '11000001' }],
    });
    expect(code(over)).toBe('BAD_USER_INPUT');
    expect(fields(over)).toEqual([{ field: 'allocations.0.amount', message: expect.any(String) }]);
    const split = await pay(staff1, {
      amount: '12000000',
      allocations: [
        { invoiceId: inv.id, amount: '6000000' },
        { invoiceId: inv.id, amount: '5000001' },
      ],
    });
    expect(fields(split).map((f) => f.field)).toEqual(['allocations.1.amount']);
    const aboveAmount = await pay(staff1, {
      amount: '1000',
      allocations: [{ invoiceId: inv.id, amount: '2000' }],
    });
    expect(fields(aboveAmount).map((f) => f.field)).toEqual(['amount']);
    const wrongCustomer = await pay(staff1, {
      amount: '1000',
      allocations: [{ invoiceId: other.id, amount: '1000' }],
    });
    expect(fields(wrongCustomer).map((f) => f.field)).toEqual(['allocations.0.invoiceId']);
    const toDraft = await pay(staff1, {
      amount: '1000',
      allocations: [{ invoiceId: draft.id, amount: '1000' }],
    });
    expect(fields(toDraft).map((f) => f.field)).toEqual(['allocations.0.invoiceId']);
    const zero = await pay(staff1, { amount: '0' });
    expect(fields(zero).map((f) => f.field)).toEqual(['amount']);
    const two = await pay(staff1, {
      amount: '1000',
      allocations: [{ invoiceId: inv.id, orderId: inv.id, amount: '1000' }],
    });
    expect(code(two)).toBe('BAD_USER_INPUT');
    const garbage = await pay(staff1, {
      amount: '1000',
      allocations: [{ invoiceId: 'nope', amount: '1000' }],
    });
    expect(code(garbage)).toBe('BAD_USER_INPUT');
    expect(await app.snapshot(MONEY_TABLES)).toEqual(before);
    // A cancel is refused while a receipt pays the invoice.
    await pay(staff1, { amount: '1000', allocations: [{ invoiceId: inv.id, amount: '1000' }] });
    const current = await getInvoice(staff1, inv.id);
    const cancel = await app.gql(
      `mutation($id: ID!, $v: Int!) { cancelInvoice(id: $id, version: $v, reason: "x") { id } }`,
      { id: inv.id, v: current.version },
      { token: staff1 },
    );
    expect(code(cancel)).toBe('BAD_USER_INPUT');
  });

  it('parallel receipts never over-pay a document', async () => {
    const inv = await invoice(staff1, { date: '2026-10-04' });
    const results = await Promise.all(
      Array.from({ length: 5 }, () =>
        pay(staff1, { amount: '3000000', allocations: [{ invoiceId: inv.id, amount: '3000000' }] }),
      ),
    );
    const ok = results.filter((r) => !r.errors);
    expect(ok).toHaveLength(3);
    expect(results.filter((r) => r.errors).map(code)).toEqual(['BAD_USER_INPUT', 'BAD_USER_INPUT']);
    expect(await getInvoice(staff1, inv.id)).toMatchObject({ status: 'PARTIAL', received: '9000000' });
  });

  it('an order’s payment status follows its receipts', async () => {
    const quote = await app.gql<{ createQuote: { id: string } }>(
      `mutation($i: CreateQuoteInput!) { createQuote(input: $i) { id } }`,
      { i: { customerId, date: '2026-10-01', lines: [LINE] } },
      { token: staff1 },
    );
    const order = await app.gql<{ convertQuote: { id: string } }>(
      `mutation($id: ID!) { convertQuote(id: $id, to: ORDER) { ... on Order { id } } }`,
      { id: quote.data!.createQuote.id },
      { token: staff1 },
    );
    const orderId = order.data!.convertQuote.id;
    const status = async () =>
      (
        await app.gql<{ order: { paymentStatus: string; received: string; outstanding: string } }>(
          `query($id: ID!) { order(id: $id) { paymentStatus received outstanding } }`,
          { id: orderId },
          { token: staff1 },
        )
      ).data!.order;
    expect(await status()).toEqual({ paymentStatus: 'UNPAID', received: '0', outstanding: '11000000' });
    await pay(staff1, { amount: '1000000', allocations: [{ orderId, amount: '1000000' }] });
    expect(await status()).toEqual({
      paymentStatus: 'PARTIAL',
      received: '1000000',
      outstanding: '10000000',
    });
    await pay(staff1, { amount: '10000000', allocations: [{ orderId, amount: '10000000' }] });
    expect((await status()).paymentStatus).toBe('PAID');
  });
});

describe('debt (SAL-07): per customer with aging, the list, the export, STAFF scope', () => {
  let debtor: string;
  beforeAll(async () => {
    debtor = (await h.createCustomer(staff2, { name: 'Hộ kinh doanh Phạm Thị Lan' })).id;
    // As of 2026-12-31: 11.000.000 owed 100 days past due; 11.000.000 − 5.000.000 owed 40 days past
    // due; 11.000.000 not yet due; a draft and a cancelled invoice count nothing.
    const mk = (date: string, dueDate: string) =>
      app.gql<{ createInvoice: { id: string; version: number } }>(
        `mutation($i: CreateInvoiceInput!) { createInvoice(input: $i) { id version } }`,
        { i: { customerId: debtor, date, dueDate, lines: [LINE] } },
        { token: staff2 },
      );
    const ids: string[] = [];
    for (const [date, due] of [
      ['2026-09-01', '2026-09-22'],
      ['2026-11-01', '2026-11-21'],
      ['2026-12-20', '2027-01-19'],
    ]) {
      const c = (await mk(date, due)).data!.createInvoice;
      await app.gql(
        `mutation($id: ID!, $v: Int!) { issueInvoice(id: $id, version: $v) { id } }`,
        {
          id: c.id,
          v: c.version,
        },
        { token: staff2 },
      );
      ids.push(c.id);
    }
    await mk('2026-09-01', '2026-09-01');
    await app.gql(
      `mutation($i: CreateReceiptInput!) { createReceipt(input: $i) { id } }`,
      {
        i: {
          customerId: debtor,
          date: '2026-12-01',
          amount: '6000000',
          allocations: [{ invoiceId: ids[1], amount: '5000000' }],
        },
      },
      { token: staff2 },
    );
  });

  it('invoiced − received, overdue and buckets as of a date', async () => {
    const r = await app.gql<{ customerDebt: Record<string, unknown> }>(
      `query($c: ID!) { customerDebt(customerId: $c, asOf: "2026-12-31") { ${DEBT} } }`,
      { c: debtor },
      { token: staff2 },
    );
    expect(ok(r).customerDebt).toMatchObject({
      invoiced: '33000000',
      received: '5000000',
      outstanding: '28000000',
      overdue: '17000000',
      buckets: [
        { label: '0-30', amount: '0' },
        { label: '31-60', amount: '6000000' },
        { label: '61-90', amount: '0' },
        { label: '90+', amount: '11000000' },
      ],
    });
  });

  it('the debts list is sorted by outstanding, filtered to overdue, and scoped for STAFF', async () => {
    const list = async (token: string, filter: Record<string, unknown>) =>
      (
        await app.gql<{
          debts: { totalCount: number; nodes: { customer: { id: string }; outstanding: string }[] };
        }>(
          `query($f: DebtFilter) { debts(filter: $f, first: 50) { totalCount nodes { outstanding customer { id } } } }`,
          { f: filter },
          { token },
        )
      ).data!.debts;
    const all = await list(admin, { asOf: '2026-12-31' });
    const amounts = all.nodes.map((n) => BigInt(n.outstanding));
    expect([...amounts].sort((a, b) => (a < b ? 1 : a > b ? -1 : 0))).toEqual(amounts);
    expect(all.nodes.map((n) => n.customer.id)).toEqual(expect.arrayContaining([debtor, customerId]));
    expect(all.totalCount).toBe(all.nodes.length);
    // staff1 never sees staff2's customer's debt, nor its customerDebt.
    expect((await list(staff1, { asOf: '2026-12-31' })).nodes.map((n) => n.customer.id)).not.toContain(
      debtor,
    );
    const hidden = await app.gql(
      `query($c: ID!) { customerDebt(customerId: $c) { outstanding } }`,
      { c: debtor },
      {
        token: staff1,
      },
    );
    expect(code(hidden)).toBe('NOT_FOUND');
    // Overdue only, as of a day before anything fell due: none of this customer's.
    expect((await list(staff2, { asOf: '2026-09-01', overdueOnly: true })).nodes).toEqual([]);
    const staff2Id = await h.userId(admin, 'staff2@sen.local');
    expect((await list(admin, { ownerIds: [staff2Id] })).nodes.map((n) => n.customer.id)).toEqual([debtor]);
  });

  it('exports the list ("xuất file công nợ") as CSV and .xlsx, within the caller’s scope', async () => {
    const csv = await fetch(`${app.url}/files/export/debts.csv?asOf=2026-12-31`, {
      headers: { authorization: `Bearer ${staff2}` },
    });
    expect(csv.status).toBe(200);
    const text = await csv.text();
    expect(text).toContain('Mã khách hàng,Tên khách hàng,Phát sinh,Đã thu,Còn phải thu,Quá hạn');
    expect(text).toContain(
      'Hộ kinh doanh Phạm Thị Lan,33000000,5000000,28000000,17000000,0,6000000,0,11000000',
    );
    const mine = await fetch(`${app.url}/files/export/debts.csv`, {
      headers: { authorization: `Bearer ${staff1}` },
    });
    expect(await mine.text()).not.toContain('Phạm Thị Lan');
    const xlsx = await fetch(`${app.url}/files/export/debts.xlsx`, {
      headers: { authorization: `Bearer ${staff2}` },
    });
    expect(xlsx.status).toBe(200);
    expect(
      Buffer.from(await xlsx.arrayBuffer())
        .subarray(0, 2)
        .toString(),
    ).toBe('PK');
    expect((await fetch(`${app.url}/files/export/debts.csv`)).status).toBe(401);
  });

  it('invoice PDF and .docx download for those who see it, not for another STAFF user', async () => {
    const inv = await invoice(staff1, { date: '2026-10-05' });
    for (const ext of ['pdf', 'docx']) {
      const ok = await fetch(`${app.url}/files/invoices/${inv.id}.${ext}`, {
        headers: { authorization: `Bearer ${staff1}` },
      });
      expect(ok.status).toBe(200);
      expect(ok.headers.get('content-disposition')).toContain(inv.number);
      const denied = await fetch(`${app.url}/files/invoices/${inv.id}.${ext}`, {
        headers: { authorization: `Bearer ${staff2}` },
      });
      expect(denied.status).toBe(404);
    }
  });
});

describe('the customer’s "Chứng từ bán hàng" tab (CUS-10)', () => {
  it('lists the receipts beside the documents they paid, newest first, for those who see them', async () => {
    const tabCustomer = (await h.createCustomer(staff1, { name: 'Công ty TNHH Chứng Từ' })).id;
    const inv = await invoice(staff1, { customerId: tabCustomer, date: '2026-10-06' });
    const paid = await pay(staff1, {
      customerId: tabCustomer,
      amount: '1000000',
      allocations: [{ invoiceId: inv.id, amount: '1000000' }],
    });
    expect(paid.errors).toBeUndefined();
    const advance = await pay(staff1, { customerId: tabCustomer, amount: '500000', allocations: [] });
    expect(advance.errors).toBeUndefined();
    const tab = (token: string) =>
      app.gql<{
        customerSalesDocuments: {
          totalCount: number;
          nodes: { __typename: string; id: string; number?: string; amount?: string }[];
        };
      }>(
        `query($c: ID!) { customerSalesDocuments(customerId: $c, first: 10) { totalCount
           nodes { __typename ... on Invoice { id number } ... on Receipt { id number amount } } } }`,
        { c: tabCustomer },
        { token },
      );
    const mine = await tab(staff1);
    expect(mine.errors).toBeUndefined();
    expect(mine.data!.customerSalesDocuments).toEqual({
      totalCount: 3,
      nodes: [
        {
          __typename: 'Receipt',
          id: advance.data!.createReceipt.id,
          number: expect.any(String),
          amount: '500000',
        },
        {
          __typename: 'Receipt',
          id: paid.data!.createReceipt.id,
          number: expect.any(String),
          amount: '1000000',
        },
        { __typename: 'Invoice', id: inv.id, number: inv.number },
      ],
    });
    // Another STAFF user sees none of them, not even in the count.
    const theirs = await tab(staff2);
    expect(theirs.data?.customerSalesDocuments.totalCount ?? 0).toBe(0);
  });
});
