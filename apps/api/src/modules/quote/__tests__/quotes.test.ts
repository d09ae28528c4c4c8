import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { crm } from '../../../test/crm';
import { useTestApp, errorCode as code } from '../../../test/harness';

const QUOTE = `id number date validUntil status version terms
  customer { id name } contact { id } opportunity { id }
  lines { position productName unit quantity unitPrice discountPercent amount discount vatRate vat total product { id code } }
  totals { amount discount vat total inWords vatByRate { rate base vat } }`;
const CREATE = `mutation($i: CreateQuoteInput!) { createQuote(input: $i) { ${QUOTE} } }`;
const UPDATE = `mutation($id: ID!, $i: UpdateQuoteInput!) { updateQuote(id: $id, input: $i) { ${QUOTE} } }`;
const GET = `query($id: ID!) { quote(id: $id) { ${QUOTE} } }`;

interface QuoteOut {
  id: string;
  number: string;
  status: string;
  version: number;
  lines: Record<string, unknown>[];
  totals: {
    amount: string;
    discount: string;
    vat: string;
    total: string;
    inWords: string;
    vatByRate: unknown[];
  };
}

const SALES_TABLES = [
  'quote',
  'quote_line',
  'sales_order',
  'order_line',
  'contract',
  'invoice',
  'customer',
  'audit_log',
  'product',
];

let admin: string;
let manager: string;
let staff1: string;
let staff2: string;
let customerId: string;
let productId: string;

/** Two lines, 8 % and 10 %: 10.800.000 + 222.000 = 11.022.000 (the second with a decimal quantity). */
const twoLines = () => [
  { productId, quantity: '1', unitPrice: '10000000', amount: '1', total: '1' },
  {
    productName: 'Đào tạo sử dụng tại chỗ',
    unit: 'Giờ',
    quantity: '1.5',
    unitPrice: '134545',
    vatRate: 'TEN',
  },
];

const create = (token: string, input: Record<string, unknown>) =>
  app.gql<{ createQuote: QuoteOut }>(CREATE, { i: input }, { token });

const app = useTestApp(
  async (a) => ([admin, manager, staff1, staff2] = await a.signIn('admin', 'manager', 'staff1', 'staff2')),
);
const h = crm(app);
beforeAll(async () => {
  customerId = (
    await h.createCustomer(staff1, { name: 'Công ty TNHH Thương mại Đức Hưởng', taxCode: '0100109106' })
  ).id;
  const p = await app.gql<{ createProduct: { id: string } }>(
    `mutation { createProduct(input: { code: "PM-01", name: "Phần mềm quản lý khách hàng – gói Doanh nghiệp",
       unit: "Gói", price: "10000000", vatRate: EIGHT }) { id } }`,
    {},
    { token: staff1 },
  );
  productId = p.data!.createProduct.id;
  await app.gql(
    `mutation { updateCompanyProfile(input: { name: "Công ty Cổ phần Phần mềm Sen Việt", version: 1 }) { name } }`,
    {},
    { token: admin },
  );
});

describe('a quote with lines (SAL-03): the server computes every amount', () => {
  it('two lines at 8 % and 10 %: totals, VAT per rate and the words; the client’s amounts are ignored', async () => {
    const r = await create(staff1, {
      customerId,
      date: '2026-12-05',
      validUntil: '2099-12-31',
      lines: twoLines(),
    });
    expect(r.errors).toBeUndefined();
    const q = r.data!.createQuote;
    expect(q.number).toMatch(/^BG\d{6}$/);
    expect(q.status).toBe('DRAFT');
    expect(q.lines).toEqual([
      expect.objectContaining({
        position: 1,
        productName: 'Phần mềm quản lý khách hàng – gói Doanh nghiệp',
        unit: 'Gói',
        vatRate: 'EIGHT',
        amount: '10000000',
        vat: '800000',
        total: '10800000',
        product: { id: productId, code: 'PM-01' },
      }),
      expect.objectContaining({
        position: 2,
        quantity: '1.5',
        amount: '201818',
        vat: '20182',
        total: '222000',
        product: null,
      }),
    ]);
    expect(q.totals).toEqual({
      amount: '10201818',
      discount: '0',
      vat: '820182',
      total: '11022000',
      inWords: 'Mười một triệu không trăm hai mươi hai nghìn đồng',
      vatByRate: [
        { rate: 'EIGHT', base: '10000000', vat: '800000' },
        { rate: 'TEN', base: '201818', vat: '20182' },
      ],
    });
    const list = await app.gql<{ quotes: { nodes: { number: string; totals: { total: string } }[] } }>(
      `{ quotes(filter: { statuses: [DRAFT] }) { nodes { number totals { total } } } }`,
      {},
      { token: staff1 },
    );
    expect(list.data!.quotes.nodes).toContainEqual({ number: q.number, totals: { total: '11022000' } });
  });

  it('discounts by percent and by amount, 0 % and KCT, and a 10-digit total', async () => {
    const r = await create(staff1, {
      customerId,
      date: '2026-12-05',
      lines: [
        {
          productName: 'Máy chủ',
          quantity: '3',
          unitPrice: '1234567890',
          discountPercent: '12.5',
          vatRate: 'TEN',
        },
        {
          productName: 'Lắp đặt',
          quantity: '1',
          unitPrice: '5000000',
          discountAmount: '250000',
          vatRate: 'ZERO',
        },
        { productName: 'Đào tạo', quantity: '2', unitPrice: '300000', vatRate: 'EXEMPT' },
      ],
    });
    const t = r.data!.createQuote.totals;
    // 3 703 703 670 − 462 962 959 (12.5 %, half up) = 3 240 740 711; VAT 324 074 071.
    expect(t).toMatchObject({
      amount: '3709303670',
      discount: '463212959',
      vat: '324074071',
      total: '3570164782',
    });
    expect(t.vatByRate).toEqual([
      { rate: 'ZERO', base: '4750000', vat: '0' },
      { rate: 'TEN', base: '3240740711', vat: '324074071' },
      { rate: 'EXEMPT', base: '600000', vat: '0' },
    ]);
  });

  it('refuses lines that cannot be priced, naming the line and field, and changes nothing', async () => {
    const before = await app.snapshot(SALES_TABLES);
    for (const [lines, field] of [
      [
        [
          { productName: 'A', quantity: '1', unitPrice: '100', vatRate: 'TEN' },
          { productName: 'B', quantity: '0', unitPrice: '100', vatRate: 'TEN' },
        ],
        'lines.1.quantity',
      ],
      [
        [{ productName: 'A', quantity: '1', unitPrice: '100', discountAmount: '101', vatRate: 'TEN' }],
        'lines.0.discountAmount',
      ],
      [
        [{ productName: 'A', quantity: '1', unitPrice: '100', discountPercent: '120', vatRate: 'TEN' }],
        'lines.0.discountPercent',
      ],
      [[{ quantity: '1', unitPrice: '100', vatRate: 'TEN' }], 'lines.0.productName'],
      [
        [{ productId: '00000000-0000-0000-0000-000000000001', quantity: '1', unitPrice: '100' }],
        'lines.0.productId',
      ],
      [[], 'lines'],
    ] as const) {
      const r = await create(staff1, { customerId, date: '2026-12-05', lines });
      expect(code(r)).toBe('BAD_USER_INPUT');
      const fields = (r.errors![0].extensions.fieldErrors as { field: string }[]).map((f) => f.field);
      expect(fields).toContain(field);
    }
    const past = await create(staff1, {
      customerId,
      date: '2026-12-05',
      validUntil: '2026-12-01',
      lines: twoLines(),
    });
    expect(code(past)).toBe('BAD_USER_INPUT');
    const otherCustomer = await create(staff2, { customerId, date: '2026-12-05', lines: twoLines() });
    expect(otherCustomer.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fieldErrors: [{ field: 'customerId' }],
    });
    expect(await app.snapshot(SALES_TABLES)).toEqual(before);
  });

  it('a stale version is a CONFLICT and changes nothing; an edit replaces the lines and recomputes', async () => {
    const q = (await create(staff1, { customerId, date: '2026-12-05', lines: twoLines() })).data!.createQuote;
    const ok = await app.gql<{ updateQuote: QuoteOut }>(
      UPDATE,
      { id: q.id, i: { version: q.version, lines: [{ productId, quantity: '2', unitPrice: '10000000' }] } },
      { token: staff1 },
    );
    expect(ok.data!.updateQuote).toMatchObject({ version: q.version + 1, totals: { total: '21600000' } });
    const before = await app.snapshot(SALES_TABLES);
    const stale = await app.gql(
      UPDATE,
      { id: q.id, i: { version: q.version, terms: 'x' } },
      { token: staff1 },
    );
    expect(stale.errors![0].extensions).toMatchObject({ code: 'CONFLICT', currentVersion: q.version + 1 });
    expect(await app.snapshot(SALES_TABLES)).toEqual(before);
  });

  it('numbers are unique and never reused, also under concurrent creates', async () => {
    const made = await Promise.all(
      Array.from({ length: 12 }, () => create(staff1, { customerId, date: '2026-12-06', lines: twoLines() })),
    );
    const numbers = made.map((r) => r.data!.createQuote.number);
    expect(new Set(numbers).size).toBe(12);
    const del = await app.gql<{ deleteQuotes: number }>(
      'mutation($ids: [ID!]!) { deleteQuotes(ids: $ids) }',
      { ids: [made[0].data!.createQuote.id] },
      { token: staff1 },
    );
    expect(del.data!.deleteQuotes).toBe(1);
    const next = (await create(staff1, { customerId, date: '2026-12-06', lines: twoLines() })).data!
      .createQuote;
    expect(numbers).not.toContain(next.number);
  });
});

describe('status and validity', () => {
  it('Nháp → Đã gửi → Chấp nhận; a move the machine forbids is INVALID_TRANSITION; past validity shows EXPIRED', async () => {
    const q = (
      await create(staff1, { customerId, date: '2026-01-05', validUntil: '2026-01-20', lines: twoLines() })
    ).data!.createQuote;
    expect(q.status).toBe('EXPIRED');
    const expired = await app.gql<{ quotes: { nodes: { id: string }[] } }>(
      `{ quotes(filter: { statuses: [EXPIRED] }) { nodes { id } } }`,
      {},
      { token: staff1 },
    );
    expect(expired.data!.quotes.nodes.map((n) => n.id)).toEqual([q.id]);
    const SET = `mutation($id: ID!, $s: QuoteStatus!, $v: Int!) { setQuoteStatus(id: $id, status: $s, version: $v) { status version } }`;
    const bad = await app.gql(SET, { id: q.id, s: 'ACCEPTED', v: q.version }, { token: staff1 });
    expect(code(bad)).toBe('INVALID_TRANSITION');
    const moved = await app.gql<{ updateQuote: QuoteOut }>(
      UPDATE,
      { id: q.id, i: { version: q.version, validUntil: '2099-01-01' } },
      { token: staff1 },
    );
    expect(moved.data!.updateQuote.status).toBe('DRAFT');
    const sent = await app.gql<{ setQuoteStatus: QuoteOut }>(
      SET,
      { id: q.id, s: 'SENT', v: q.version + 1 },
      { token: staff1 },
    );
    expect(sent.data!.setQuoteStatus.status).toBe('SENT');
    const accepted = await app.gql<{ setQuoteStatus: QuoteOut }>(
      SET,
      { id: q.id, s: 'ACCEPTED', v: q.version + 2 },
      { token: staff1 },
    );
    expect(accepted.data!.setQuoteStatus.status).toBe('ACCEPTED');
    const editAccepted = await app.gql(
      UPDATE,
      { id: q.id, i: { version: q.version + 3, terms: 'x' } },
      { token: staff1 },
    );
    expect(code(editAccepted)).toBe('BAD_USER_INPUT');
  });
});

describe('access (SALES-DESIGN.md): as for customers, also the PDF', () => {
  let quoteId: string;
  beforeAll(async () => {
    quoteId = (await create(staff1, { customerId, date: '2026-12-07', lines: twoLines() })).data!.createQuote
      .id;
  });

  const see = async (token: string) => {
    const one = await app.gql<{ quote: { id: string } | null }>(GET, { id: quoteId }, { token });
    const list = await app.gql<{ quotes: { nodes: { id: string }[] } }>(
      `{ quotes(first: 200) { nodes { id } } }`,
      {},
      { token },
    );
    const pdf = await fetch(`${app.url}/files/quotes/${quoteId}.pdf`, {
      headers: { authorization: `Bearer ${token}` },
    });
    return {
      one: one.data?.quote?.id === quoteId ? 'seen' : code(one),
      list: list.data!.quotes.nodes.some((n) => n.id === quoteId),
      pdf: pdf.status,
    };
  };

  it('owner, their manager and an admin see it; another STAFF user does not, not even its PDF', async () => {
    expect(await see(staff1)).toEqual({ one: 'seen', list: true, pdf: 200 });
    expect(await see(manager)).toEqual({ one: 'seen', list: true, pdf: 200 });
    expect(await see(admin)).toEqual({ one: 'seen', list: true, pdf: 200 });
    expect(await see(staff2)).toEqual({ one: 'NOT_FOUND', list: false, pdf: 404 });
    const anonymous = await fetch(`${app.url}/files/quotes/${quoteId}.pdf`);
    expect(anonymous.status).toBe(401);
    const other = await app.gql(UPDATE, { id: quoteId, i: { version: 1, terms: 'x' } }, { token: staff2 });
    expect(code(other)).toBe('NOT_FOUND');
  });

  it('a user the customer is shared with sees the quote but cannot change it', async () => {
    const staff2Id = await h.userId(admin, 'staff2@sen.local');
    const share = await app.gql(
      'mutation($ids: [ID!]!, $u: [ID!]!) { shareCustomers(ids: $ids, userIds: $u) }',
      { ids: [customerId], u: [staff2Id] },
      { token: staff1 },
    );
    expect(share.errors).toBeUndefined();
    expect(await see(staff2)).toEqual({ one: 'seen', list: true, pdf: 200 });
    const edit = await app.gql(UPDATE, { id: quoteId, i: { version: 1, terms: 'x' } }, { token: staff2 });
    expect(code(edit)).toBe('FORBIDDEN');
  });
});

describe('print and convert', () => {
  it('the PDF reads back: company, customer, every line, the total 11.022.000 and its words', async () => {
    const q = (
      await create(staff1, {
        customerId,
        date: '2026-12-05',
        terms: 'Thanh toán trong 15 ngày.',
        lines: twoLines(),
      })
    ).data!.createQuote;
    const res = await fetch(`${app.url}/files/quotes/${q.id}.pdf`, {
      headers: { authorization: `Bearer ${staff1}` },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toContain(`${q.number}.pdf`);
    const dir = mkdtempSync(path.join(os.tmpdir(), 'sen-quote-'));
    try {
      const file = path.join(dir, 'q.pdf');
      writeFileSync(file, Buffer.from(await res.arrayBuffer()));
      const text = execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
      for (const expected of [
        'Công ty Cổ phần Phần mềm Sen Việt',
        'BÁO GIÁ',
        `Số: ${q.number}`,
        'Công ty TNHH Thương mại Đức Hưởng',
        'Phần mềm quản lý khách hàng – gói Doanh nghiệp',
        'Đào tạo sử dụng tại chỗ',
        'Thuế GTGT 8% (trên 10.000.000) 800.000',
        'Thuế GTGT 10% (trên 201.818) 20.182',
        '11.022.000',
        'Mười một triệu không trăm hai mươi hai nghìn đồng',
        'Thanh toán trong 15 ngày.',
      ]) {
        expect(text).toContain(expected);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('converts to an order with the same lines and total, linked both ways', async () => {
    const q = (await create(staff1, { customerId, date: '2026-12-05', lines: twoLines() })).data!.createQuote;
    const r = await app.gql<{
      convertQuote: {
        __typename: string;
        id: string;
        number: string;
        totals: { total: string };
        lines: unknown[];
        quote: { id: string };
      };
    }>(
      `mutation($id: ID!) { convertQuote(id: $id, to: ORDER) { __typename ... on Order { id number status totals { total }
         lines { productName quantity total } quote { id } customer { id } } } }`,
      { id: q.id },
      { token: staff1 },
    );
    expect(r.errors).toBeUndefined();
    const order = r.data!.convertQuote;
    expect(order).toMatchObject({ __typename: 'Order', totals: { total: '11022000' }, quote: { id: q.id } });
    expect(order.number).toMatch(/^DH\d{6}$/);
    expect(order.lines).toEqual([
      { productName: 'Phần mềm quản lý khách hàng – gói Doanh nghiệp', quantity: '1', total: '10800000' },
      { productName: 'Đào tạo sử dụng tại chỗ', quantity: '1.5', total: '222000' },
    ]);
    const back = await app.gql<{ quote: { convertedTo: { __typename: string; id: string }[] } }>(
      `query($id: ID!) { quote(id: $id) { convertedTo { __typename ... on Order { id } } } }`,
      { id: q.id },
      { token: staff1 },
    );
    expect(back.data!.quote.convertedTo).toEqual([{ __typename: 'Order', id: order.id }]);
    for (const to of ['CONTRACT', 'INVOICE']) {
      const t = await app.gql<{ convertQuote: { __typename: string } }>(
        `mutation($id: ID!, $to: DocumentTarget!) { convertQuote(id: $id, to: $to) { __typename
           ... on Contract { totals { total } } ... on Invoice { totals { total } buyerName } } }`,
        { id: q.id, to },
        { token: staff1 },
      );
      expect(t.data!.convertQuote).toMatchObject({ totals: { total: '11022000' } });
    }
    const other = await app.gql(
      `mutation($id: ID!) { convertQuote(id: $id, to: ORDER) { __typename } }`,
      { id: q.id },
      { token: staff2 },
    );
    expect(code(other)).toBe('FORBIDDEN');
    const hidden = await app.gql(
      `query($id: ID!) { order(id: $id) { id } }`,
      { id: order.id },
      { token: await app.login('staff2@sen.local') },
    );
    expect(hidden.data?.order ?? null).not.toBeNull(); // shared customer (above): the order is seen through it
  });
});

describe('CUS-03 and the customer’s sales tab', () => {
  it('a quote for a NEW customer makes it APPROACHED; the tab lists its opportunities and quotes, newest first', async () => {
    const fresh = await h.createCustomer(staff1, { name: 'Công ty Mới Toanh' });
    expect(fresh.level).toBe('NEW');
    const opp = await app.gql<{ createOpportunity: { id: string } }>(
      'mutation($c: ID!) { createOpportunity(input: { name: "Triển khai CRM", customerId: $c }) { id } }',
      { c: fresh.id },
      { token: staff1 },
    );
    const q = (
      await create(staff1, {
        customerId: fresh.id,
        date: '2026-12-05',
        opportunityId: opp.data!.createOpportunity.id,
        lines: twoLines(),
      })
    ).data!.createQuote;
    const level = await app.gql<{ customer: { level: string } }>(
      'query($id: ID!) { customer(id: $id) { level } }',
      { id: fresh.id },
      { token: staff1 },
    );
    expect(level.data!.customer.level).toBe('APPROACHED');
    const tab = await app.gql<{
      customerSalesDocuments: { totalCount: number; nodes: { __typename: string; id: string }[] };
    }>(
      `query($c: ID!) { customerSalesDocuments(customerId: $c, first: 10) { totalCount nodes { __typename
         ... on Opportunity { id } ... on Quote { id } } } }`,
      { c: fresh.id },
      { token: staff1 },
    );
    expect(tab.data!.customerSalesDocuments).toEqual({
      totalCount: 2,
      nodes: [
        { __typename: 'Quote', id: q.id },
        { __typename: 'Opportunity', id: opp.data!.createOpportunity.id },
      ],
    });
    const hidden = await app.gql<{ customerSalesDocuments: { totalCount: number } }>(
      `query($c: ID!) { customerSalesDocuments(customerId: $c) { totalCount } }`,
      { c: fresh.id },
      { token: staff2 },
    );
    expect(hidden.data!.customerSalesDocuments.totalCount).toBe(0);
  });
});
