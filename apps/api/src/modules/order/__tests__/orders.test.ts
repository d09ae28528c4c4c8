import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { crm } from '../../../test/crm';
import { useTestApp, errorCode as code, errorFields as fields } from '../../../test/harness';

const ORDER = `id number date status paymentStatus received outstanding version deliveryAddress deliveryDate
  customer { id name level } quote { id number } contract { id } owner { email }
  lines { productName quantity unitPrice total }
  totals { amount vat total }`;
const CREATE = `mutation($i: CreateOrderInput!) { createOrder(input: $i) { ${ORDER} } }`;
const UPDATE = `mutation($id: ID!, $i: UpdateOrderInput!) { updateOrder(id: $id, input: $i) { ${ORDER} } }`;
const GET = `query($id: ID!) { order(id: $id) { ${ORDER} } }`;

interface OrderOut {
  id: string;
  number: string;
  status: string;
  paymentStatus: string;
  received: string;
  outstanding: string;
  version: number;
  deliveryAddress: string | null;
  customer: { id: string; level: string };
  quote: { id: string; number: string } | null;
  totals: { amount: string; vat: string; total: string };
}

const TABLES = ['sales_order', 'order_line', 'customer', 'receipt', 'receipt_allocation', 'audit_log'];

/** 2 × 5.000.000 at 10 % = 11.000.000 đ. */
const LINE = {
  productName: 'Máy lọc nước RO',
  unit: 'Cái',
  quantity: '2',
  unitPrice: '5000000',
  vatRate: 'TEN',
};

let admin: string;
let manager: string;
let staff1: string;
let staff2: string;
let customerId: string;

async function create(token: string, input: Record<string, unknown> = {}): Promise<OrderOut> {
  const r = await app.gql<{ createOrder: OrderOut }>(
    CREATE,
    { i: { customerId, date: '2026-12-01', lines: [LINE], ...input } },
    { token },
  );
  if (!r.data) {
    throw new Error(JSON.stringify(r.errors));
  }
  return r.data.createOrder;
}

const get = async (token: string, id: string) =>
  (await app.gql<{ order: OrderOut | null }>(GET, { id }, { token })).data?.order ?? null;

const app = useTestApp(
  async (a) => ([admin, manager, staff1, staff2] = await a.signIn('admin', 'manager', 'staff1', 'staff2')),
);
const h = crm(app);
beforeAll(async () => {
  customerId = (await h.createCustomer(staff1, { name: 'Công ty TNHH Nước sạch Hồng Hà' })).id;
});

describe('orders (SAL-05): create, edit, status', () => {
  it('creates an order with lines totalled by the server, delivery details, Mới and Chưa thanh toán', async () => {
    const o = await create(staff1, {
      deliveryAddress: '25 Hàng Bài, Hoàn Kiếm, Hà Nội',
      deliveryDate: '2026-12-10',
      lines: [{ ...LINE, total: '1', amount: '1' }],
    });
    expect(o).toMatchObject({
      status: 'NEW',
      paymentStatus: 'UNPAID',
      received: '0',
      outstanding: '11000000',
      deliveryAddress: '25 Hàng Bài, Hoàn Kiếm, Hà Nội',
      totals: { amount: '10000000', vat: '1000000', total: '11000000' },
      owner: { email: 'staff1@sen.local' },
    });
    // CUS-03: a NEW customer becomes APPROACHED by an order, as by a quote.
    expect(o.customer.level).toBe('APPROACHED');
    const listed = await app.gql<{ orders: { nodes: { id: string }[]; totalCount: number } }>(
      `query($f: OrderFilter) { orders(filter: $f, first: 50) { totalCount nodes { id } } }`,
      { f: { search: o.number, statuses: ['NEW'], paymentStatuses: ['UNPAID'], customerId } },
      { token: staff1 },
    );
    expect(listed.data!.orders.nodes.map((n) => n.id)).toEqual([o.id]);
  });

  it('edits lines and status along the machine, with version and history', async () => {
    const o = await create(staff1);
    const edited = await app.gql<{ updateOrder: OrderOut }>(
      UPDATE,
      { id: o.id, i: { version: o.version, status: 'PROCESSING', lines: [{ ...LINE, quantity: '3' }] } },
      { token: staff1 },
    );
    expect(edited.data!.updateOrder).toMatchObject({
      status: 'PROCESSING',
      totals: { total: '16500000' },
      version: o.version + 1,
    });
    const stale = await app.gql(
      UPDATE,
      { id: o.id, i: { version: o.version, notes: 'x' } },
      { token: staff1 },
    );
    expect(code(stale)).toBe('CONFLICT');
    const back = await app.gql(
      UPDATE,
      { id: o.id, i: { version: o.version + 1, status: 'NEW' } },
      { token: staff1 },
    );
    expect(code(back)).toBe('INVALID_TRANSITION');
    const history = await app.gql<{ auditLogs: { nodes: { description: string }[] } }>(
      `query($f: AuditLogFilter) { auditLogs(filter: $f, first: 20) { nodes { description } } }`,
      { f: { recordId: o.id } },
      { token: admin },
    );
    const texts = history.data?.auditLogs.nodes.map((n) => n.description) ?? [];
    expect(texts.join('\n')).toContain(`Đơn hàng ${o.number}: Mới → Đang xử lý`);
  });

  it('a refused create or update changes nothing', async () => {
    const o = await create(staff1);
    const before = await app.snapshot(TABLES);
    const noLines = await app.gql(
      CREATE,
      { i: { customerId, date: '2026-12-01', lines: [] } },
      { token: staff1 },
    );
    expect(code(noLines)).toBe('BAD_USER_INPUT');
    const badQty = await app.gql(
      UPDATE,
      { id: o.id, i: { version: o.version, deliveryAddress: 'Mới', lines: [{ ...LINE, quantity: '-1' }] } },
      { token: staff1 },
    );
    expect(code(badQty)).toBe('BAD_USER_INPUT');
    const otherQuote = await app.gql(
      CREATE,
      {
        i: { customerId, date: '2026-12-01', lines: [LINE], quoteId: '00000000-0000-4000-8000-000000000000' },
      },
      { token: staff1 },
    );
    expect(fields(otherQuote)).toEqual(['quoteId']);
    expect(await app.snapshot(TABLES)).toEqual(before);
  });
});

describe('access: as for quotes, also the PDF', () => {
  it('another STAFF user sees no order of a customer they cannot see, not in the list nor the PDF', async () => {
    const o = await create(staff1);
    const see = async (token: string) => {
      const list = await app.gql<{ orders: { nodes: { id: string }[] } }>(
        `{ orders(first: 200) { nodes { id } } }`,
        {},
        { token },
      );
      const pdf = await fetch(`${app.url}/files/orders/${o.id}.pdf`, {
        headers: { authorization: `Bearer ${token}` },
      });
      return {
        one: (await get(token, o.id))?.id === o.id,
        list: list.data!.orders.nodes.some((n) => n.id === o.id),
        pdf: pdf.status,
      };
    };
    expect(await see(staff1)).toEqual({ one: true, list: true, pdf: 200 });
    expect(await see(manager)).toEqual({ one: true, list: true, pdf: 200 });
    expect(await see(staff2)).toEqual({ one: false, list: false, pdf: 404 });
    const before = await app.snapshot(TABLES);
    const edit = await app.gql(
      UPDATE,
      { id: o.id, i: { version: o.version, notes: 'x' } },
      { token: staff2 },
    );
    expect(code(edit)).toBe('NOT_FOUND');
    const del = await app.gql(
      `mutation($ids: [ID!]!) { deleteOrders(ids: $ids) }`,
      { ids: [o.id] },
      { token: staff2 },
    );
    expect(del.data?.deleteOrders ?? 0).toBe(0);
    expect(await app.snapshot(TABLES)).toEqual(before);
  });

  it('the PDF reads back: ĐƠN ĐẶT HÀNG, the number, delivery and the total', async () => {
    const o = await create(staff1, { deliveryAddress: '25 Hàng Bài, Hoàn Kiếm, Hà Nội' });
    const res = await fetch(`${app.url}/files/orders/${o.id}.pdf`, {
      headers: { authorization: `Bearer ${staff1}` },
    });
    expect(res.headers.get('content-disposition')).toContain(`${o.number}.pdf`);
    const dir = mkdtempSync(path.join(os.tmpdir(), 'sen-order-'));
    try {
      const file = path.join(dir, 'o.pdf');
      writeFileSync(file, Buffer.from(await res.arrayBuffer()));
      const text = execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
      for (const expected of ['ĐƠN ĐẶT HÀNG', o.number, '25 Hàng Bài, Hoàn Kiếm, Hà Nội', '11.000.000']) {
        expect(text).toContain(expected);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('payment status follows receipts', () => {
  it('a part receipt makes it Một phần, the rest Đã thanh toán; lines may not go below what was received', async () => {
    const o = await create(staff1);
    const pay = (amount: string) =>
      app.gql(
        `mutation($i: CreateReceiptInput!) { createReceipt(input: $i) { id } }`,
        {
          i: {
            customerId,
            date: '2026-12-02',
            amount,
            method: 'CASH',
            allocations: [{ orderId: o.id, amount }],
          },
        },
        { token: staff1 },
      );
    expect((await pay('4000000')).errors).toBeUndefined();
    const partial = (await get(staff1, o.id))!;
    expect(partial).toMatchObject({ paymentStatus: 'PARTIAL', received: '4000000', outstanding: '7000000' });
    const before = await app.snapshot(TABLES);
    const below = await app.gql(
      UPDATE,
      { id: o.id, i: { version: partial.version, lines: [{ ...LINE, quantity: '0.5' }] } },
      { token: staff1 },
    );
    expect(fields(below)).toEqual(['lines']);
    const cancel = await app.gql(
      UPDATE,
      { id: o.id, i: { version: partial.version, status: 'CANCELLED' } },
      { token: staff1 },
    );
    expect(code(cancel)).toBe('BAD_USER_INPUT');
    const del = await app.gql(
      `mutation($ids: [ID!]!) { deleteOrders(ids: $ids) }`,
      { ids: [o.id] },
      { token: staff1 },
    );
    expect(code(del)).toBe('BAD_USER_INPUT');
    expect(await app.snapshot(TABLES)).toEqual(before);
    expect((await pay('7000000')).errors).toBeUndefined();
    expect(await get(staff1, o.id)).toMatchObject({ paymentStatus: 'PAID', outstanding: '0' });
    const paid = await app.gql<{ orders: { nodes: { id: string }[] } }>(
      `query($f: OrderFilter) { orders(filter: $f, first: 50) { nodes { id } } }`,
      { f: { paymentStatuses: ['PAID'] } },
      { token: staff1 },
    );
    expect(paid.data!.orders.nodes.map((n) => n.id)).toContain(o.id);
  });

  it('follows the receipts of the invoice made from it: Một phần, Đã thanh toán, back when a receipt goes to the trash', async () => {
    const o = await create(staff1);
    const made = await app.gql<{ createInvoice: { id: string; version: number } }>(
      `mutation($i: CreateInvoiceInput!) { createInvoice(input: $i) { id version } }`,
      { i: { orderId: o.id, date: '2026-12-02', dueDate: '2026-12-20' } },
      { token: staff1 },
    );
    expect(made.errors).toBeUndefined();
    const issued = await app.gql(
      `mutation($id: ID!, $v: Int!) { issueInvoice(id: $id, version: $v) { id } }`,
      { id: made.data!.createInvoice.id, v: made.data!.createInvoice.version },
      { token: staff1 },
    );
    expect(issued.errors).toBeUndefined();
    const payInvoice = async (amount: string) => {
      const r = await app.gql<{ createReceipt: { id: string } }>(
        `mutation($i: CreateReceiptInput!) { createReceipt(input: $i) { id } }`,
        {
          i: {
            customerId,
            date: '2026-12-05',
            amount,
            method: 'TRANSFER',
            allocations: [{ invoiceId: made.data!.createInvoice.id, amount }],
          },
        },
        { token: staff1 },
      );
      expect(r.errors).toBeUndefined();
      return r.data!.createReceipt.id;
    };
    const orderPaid = async () => {
      const r = await app.gql<{ orders: { nodes: { id: string }[] } }>(
        `query($f: OrderFilter) { orders(filter: $f, first: 200) { nodes { id } } }`,
        { f: { paymentStatuses: ['PAID'] } },
        { token: staff1 },
      );
      return r.data!.orders.nodes.some((n) => n.id === o.id);
    };

    await payInvoice('5000000');
    // Chosen rule: what the order itself received stays its own (debt stays with the invoice);
    // its payment status counts both.
    expect(await get(staff1, o.id)).toMatchObject({
      paymentStatus: 'PARTIAL',
      received: '0',
      outstanding: '11000000',
    });
    const rest = await payInvoice('6000000');
    expect((await get(staff1, o.id))!.paymentStatus).toBe('PAID');
    expect(await orderPaid()).toBe(true);

    const log = await app.gql<{ auditLogs: { nodes: { description: string; changes: unknown }[] } }>(
      `query($f: AuditLogFilter) { auditLogs(filter: $f, first: 10) { nodes { description changes } } }`,
      { f: { modules: ['orders'], recordId: o.id } },
      { token: admin },
    );
    expect(log.errors).toBeUndefined();
    expect(log.data!.auditLogs.nodes[0]).toMatchObject({
      description: expect.stringContaining(`Đơn hàng ${o.number}: thanh toán theo hóa đơn`),
      changes: { paymentStatus: { from: 'Thanh toán một phần', to: 'Đã thanh toán' } },
    });

    const trashed = await app.gql(
      `mutation($ids: [ID!]!) { deleteReceipts(ids: $ids) }`,
      { ids: [rest] },
      { token: staff1 },
    );
    expect(trashed.errors).toBeUndefined();
    expect((await get(staff1, o.id))!.paymentStatus).toBe('PARTIAL');
    expect(await orderPaid()).toBe(false);
  });

  it('an order paid in part directly and in part through its invoice is Đã thanh toán', async () => {
    const o = await create(staff1);
    const made = await app.gql<{ createInvoice: { id: string; version: number } }>(
      `mutation($i: CreateInvoiceInput!) { createInvoice(input: $i) { id version } }`,
      { i: { orderId: o.id, date: '2026-12-02' } },
      { token: staff1 },
    );
    await app.gql(
      `mutation($id: ID!, $v: Int!) { issueInvoice(id: $id, version: $v) { id } }`,
      { id: made.data!.createInvoice.id, v: made.data!.createInvoice.version },
      { token: staff1 },
    );
    const r = await app.gql(
      `mutation($i: CreateReceiptInput!) { createReceipt(input: $i) { id } }`,
      {
        i: {
          customerId,
          date: '2026-12-05',
          amount: '11000000',
          method: 'CASH',
          allocations: [
            { orderId: o.id, amount: '3000000' },
            { invoiceId: made.data!.createInvoice.id, amount: '8000000' },
          ],
        },
      },
      { token: staff1 },
    );
    expect(r.errors).toBeUndefined();
    expect(await get(staff1, o.id)).toMatchObject({ paymentStatus: 'PAID', received: '3000000' });
  });

  it('an unpaid order goes to the trash and comes back', async () => {
    const o = await create(staff1);
    const del = await app.gql(
      `mutation($ids: [ID!]!) { deleteOrders(ids: $ids) }`,
      { ids: [o.id] },
      { token: staff1 },
    );
    expect(del.data).toEqual({ deleteOrders: 1 });
    expect(await get(staff1, o.id)).toBeNull();
    const trash = await app.gql<{ orders: { nodes: { id: string }[] } }>(
      `{ orders(filter: { deleted: true }, first: 50) { nodes { id } } }`,
      {},
      { token: staff1 },
    );
    expect(trash.data!.orders.nodes.map((n) => n.id)).toContain(o.id);
    const back = await app.gql(
      `mutation($ids: [ID!]!) { restoreOrders(ids: $ids) }`,
      { ids: [o.id] },
      { token: staff1 },
    );
    expect(back.data).toEqual({ restoreOrders: 1 });
  });
});
