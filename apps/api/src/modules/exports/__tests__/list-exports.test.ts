import ExcelJS from 'exceljs';
import { crm } from '../../../test/crm';
import { useTestApp } from '../../../test/harness';
import { download, readXlsx } from '../../../test/import-files';

/**
 * API.md "Files for this half": GET /files/export/{list}.{xlsx|csv} for every list, with the list
 * query's own filter, under the caller's scope.
 */
interface ListCase {
  /** The file's name and the GraphQL list query. */
  file: string;
  query: string;
  /** The field that names a row, in the list and in the file (by its Vietnamese header). */
  key: string;
  header: string;
  /** Whether a STAFF user sees only their side (products and campaigns are everyone's). */
  scoped: boolean;
  filterType: string;
}

const CASES: ListCase[] = [
  {
    file: 'products',
    query: 'products',
    key: 'code',
    header: 'Mã hàng hóa',
    scoped: false,
    filterType: 'ProductFilter',
  },
  {
    file: 'opportunities',
    query: 'opportunities',
    key: 'code',
    header: 'Mã cơ hội',
    scoped: true,
    filterType: 'OpportunityFilter',
  },
  {
    file: 'quotes',
    query: 'quotes',
    key: 'number',
    header: 'Số báo giá',
    scoped: true,
    filterType: 'QuoteFilter',
  },
  {
    file: 'contracts',
    query: 'contracts',
    key: 'number',
    header: 'Số hợp đồng',
    scoped: true,
    filterType: 'ContractFilter',
  },
  {
    file: 'orders',
    query: 'orders',
    key: 'number',
    header: 'Số đơn hàng',
    scoped: true,
    filterType: 'OrderFilter',
  },
  {
    file: 'invoices',
    query: 'invoices',
    key: 'number',
    header: 'Số hóa đơn',
    scoped: true,
    filterType: 'InvoiceFilter',
  },
  {
    file: 'receipts',
    query: 'receipts',
    key: 'number',
    header: 'Số phiếu thu',
    scoped: true,
    filterType: 'ReceiptFilter',
  },
  {
    file: 'care-cards',
    query: 'careCards',
    key: 'code',
    header: 'Mã thẻ chăm sóc',
    scoped: true,
    filterType: 'CareCardFilter',
  },
  {
    file: 'activities',
    query: 'activities',
    key: 'name',
    header: 'Tên giao dịch',
    scoped: true,
    filterType: 'ActivityFilter',
  },
  {
    file: 'campaigns',
    query: 'campaigns',
    key: 'code',
    header: 'Mã chiến dịch',
    scoped: false,
    filterType: 'CampaignFilter',
  },
];

const LINE = { productName: 'Gói Zxk', unit: 'Gói', quantity: '2', unitPrice: '5000000', vatRate: 'TEN' };

let admin: string;
let staff1: string;
let staff2: string;

async function mutate(token: string, name: string, input: Record<string, unknown>): Promise<void> {
  const type = `${name[0].toUpperCase()}${name.slice(1)}Input`;
  const r = await app.gql(`mutation($i: ${type}!) { ${name}(input: $i) { id } }`, { i: input }, { token });
  if (r.errors) {
    throw new Error(`${name}: ${JSON.stringify(r.errors)}`);
  }
}

/** One of each record for a user, on a customer of theirs, all found by the search "zxk". */
async function book(token: string, who: string): Promise<void> {
  const customer = await crm(app).createCustomer(token, { name: `Zxk Khách ${who}` });
  const customerId = customer.id as string;
  await mutate(token, 'createOpportunity', {
    customerId,
    name: `Zxk cơ hội ${who}`,
    expectedValue: '30000000',
  });
  await mutate(token, 'createQuote', {
    customerId,
    date: '2026-11-02',
    validUntil: '2099-01-01',
    lines: [LINE],
    terms: '=cmd|calc',
  });
  await mutate(token, 'createContract', { customerId, signedOn: '2026-11-03', signed: true, lines: [LINE] });
  await mutate(token, 'createOrder', { customerId, date: '2026-11-04', lines: [LINE] });
  await mutate(token, 'createInvoice', { customerId, date: '2026-11-05', lines: [LINE] });
  await mutate(token, 'createReceipt', { customerId, date: '2026-11-06', amount: '1500000', method: 'CASH' });
  await mutate(token, 'createCareCard', { customerId, orderNumber: `ZXK-${who}`, careDate: '2026-11-07' });
  await mutate(token, 'createActivity', {
    name: `Zxk gọi điện ${who}`,
    type: 'CALL',
    customerIds: [customerId],
    dueAt: '2026-11-08T03:30:00Z',
  });
}

/** The list as the GraphQL query answers it: its total and the naming field of every row. */
async function listed(
  token: string,
  c: ListCase,
  filter: object,
): Promise<{ total: number; keys: string[] }> {
  const keys: string[] = [];
  let after: string | null = null;
  let total = 0;
  do {
    const r: { data?: Record<string, unknown>; errors?: unknown } = await app.gql(
      `query($f: ${c.filterType}, $a: String) {
         ${c.query}(filter: $f, first: 200, after: $a) { totalCount pageInfo { hasNextPage endCursor } nodes { ${c.key} } } }`,
      { f: filter, a: after },
      { token },
    );
    if (!r.data) {
      throw new Error(JSON.stringify(r.errors));
    }
    const page = r.data[c.query] as {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      nodes: Record<string, string>[];
    };
    total = page.totalCount;
    keys.push(...page.nodes.map((n) => n[c.key]));
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after);
  return { total, keys };
}

const exportPath = (c: ListCase, format: string, filter: unknown) =>
  `/files/export/${c.file}.${format}?filter=${encodeURIComponent(typeof filter === 'string' ? filter : JSON.stringify(filter))}`;

/** The file's rows below the header, as the column named `header` of each. */
async function exported(
  token: string,
  c: ListCase,
  format: 'xlsx' | 'csv',
  filter: object,
): Promise<string[]> {
  const res = await download(app, token, exportPath(c, format, filter));
  expect(res.status).toBe(200);
  let rows: string[][];
  if (format === 'xlsx') {
    expect(res.type).toContain('spreadsheetml');
    rows = await readXlsx(res.body);
  } else {
    expect(res.type).toContain('text/csv');
    const text = res.body.toString('utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    // Only simple cells are read here: the naming fields hold no separators.
    rows = text
      .slice(1)
      .trim()
      .split('\r\n')
      .map((l) => l.split(','));
  }
  const column = rows[0].indexOf(c.header);
  expect(column).toBeGreaterThanOrEqual(0);
  return rows.slice(1).map((r) => r[column]);
}

const app = useTestApp(async (a) => ([admin, staff1, staff2] = await a.signIn('admin', 'staff1', 'staff2')));
beforeAll(async () => {
  await book(staff1, 'Một');
  await book(staff2, 'Hai');
  await mutate(admin, 'createProduct', {
    code: 'ZXK-SP1',
    name: 'Zxk phần mềm',
    unit: 'Gói',
    price: '1250000',
  });
  await mutate(admin, 'createProduct', {
    code: 'ZXK-SP2',
    name: 'Zxk dịch vụ',
    unit: 'Giờ',
    description: '@SUM(A1)',
  });
  await mutate(admin, 'createCampaign', { code: 'ZXK-CD1', name: 'Zxk hội thảo', startDate: '2026-11-01' });
});

describe.each(CASES)('GET /files/export/$file', (c) => {
  it.each(['xlsx', 'csv'] as const)(
    'exports in %s the rows the list shows for the same filter',
    async (format) => {
      const filter = { search: 'zxk' };
      const list = await listed(admin, c, filter);
      expect(list.total).toBeGreaterThanOrEqual(c.file === 'products' ? 2 : 1);
      const rows = await exported(admin, c, format, filter);
      expect(rows).toHaveLength(list.total);
      expect(rows).toEqual(list.keys);
    },
  );

  it("gives a STAFF user what their list shows and never another STAFF user's records", async () => {
    const mine = await listed(staff1, c, { search: 'zxk' });
    const theirs = await listed(staff2, c, { search: 'zxk' });
    const rows = await exported(staff1, c, 'csv', { search: 'zxk' });
    expect(rows).toEqual(mine.keys);
    if (c.scoped) {
      expect(theirs.keys.length).toBeGreaterThan(0);
      expect(rows.filter((k) => theirs.keys.includes(k))).toEqual([]);
      const all = await listed(admin, c, { search: 'zxk' });
      expect(all.total).toBe(mine.total + theirs.total);
    }
  });

  it('refuses a filter the list query would refuse, as a 400 BAD_USER_INPUT in the files shape', async () => {
    for (const bad of ['{"search":', '{"nope":1}', '{"search":["a"]}']) {
      const res = await download(app, admin, exportPath(c, 'xlsx', bad));
      expect(res.status).toBe(400);
      expect(res.type).toContain('application/json');
      expect(JSON.parse(res.body.toString())).toEqual({
        code: 'BAD_USER_INPUT',
        message: 'Bộ lọc không hợp lệ.',
      });
    }
  });
});

describe('the cells of a list export', () => {
  it('writes money as whole đồng numbers and dates as dates in .xlsx; as plain text in .csv', async () => {
    const c = CASES.find((x) => x.file === 'quotes')!;
    const res = await download(app, staff1, exportPath(c, 'xlsx', { search: 'zxk' }));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.body as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0];
    expect(sheet.name).toBe('Báo giá');
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    const cell = (name: string) => sheet.getRow(2).getCell(header.indexOf(name) + 1);
    expect(cell('Tổng tiền thanh toán').value).toBe(11_000_000);
    expect(cell('Tổng tiền thanh toán').numFmt).toBe('#,##0');
    expect(cell('Ngày báo giá').value).toEqual(new Date(Date.UTC(2026, 10, 2)));
    expect(cell('Khách hàng').value).toBe('Zxk Khách Một');
    expect(cell('Trạng thái').value).toBe('Nháp');
    expect(cell('Người phụ trách').value).toBe('Nguyễn Văn Đức');

    const csv = await download(
      app,
      staff1,
      `${exportPath(c, 'csv', { search: 'zxk' })}&lang=en&columns=number,date,total,customer`,
    );
    const lines = csv.body.toString('utf8').slice(1).trim().split('\r\n');
    expect(lines[0]).toBe('Quote number,Quote date,Total,Customer');
    expect(lines[1]).toMatch(/^BG[^,]*,02\/11\/2026,11000000,Zxk Khách Một$/);
  });

  it("follows the list's orderBy, checked as the query checks it", async () => {
    const c = CASES.find((x) => x.file === 'quotes')!;
    const order = (field: string, direction: string) =>
      `${exportPath(c, 'csv', { search: 'zxk' })}&columns=number&orderBy=${encodeURIComponent(JSON.stringify([{ field, direction }]))}`;
    const asc = await download(app, admin, order('NUMBER', 'ASC'));
    const desc = await download(app, admin, order('NUMBER', 'DESC'));
    const numbers = (b: Buffer) => b.toString('utf8').slice(1).trim().split('\r\n').slice(1);
    expect(numbers(asc.body)).toHaveLength(2);
    expect(numbers(asc.body)).toEqual([...numbers(asc.body)].sort());
    expect(numbers(desc.body)).toEqual([...numbers(asc.body)].reverse());
    const bad = await download(app, admin, order('PRICE', 'ASC'));
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body.toString()).code).toBe('BAD_USER_INPUT');
  });

  it('neutralises text a spreadsheet would run as a formula', async () => {
    const products = CASES.find((x) => x.file === 'products')!;
    for (const format of ['xlsx', 'csv'] as const) {
      const res = await download(app, admin, exportPath(products, format, { search: 'zxk dịch' }));
      const text =
        format === 'xlsx'
          ? (await readXlsx(res.body)).map((r) => r.join('|')).join('\n')
          : res.body.toString('utf8');
      expect(text).toContain("'@SUM(A1)");
      expect(text).not.toMatch(/(^|[|,])@SUM/m);
    }
  });

  it('answers an unknown list with a 404 NOT_FOUND, and audits each export', async () => {
    const res = await download(app, admin, '/files/export/widgets.xlsx');
    expect(res.status).toBe(404);
    expect(JSON.parse(res.body.toString()).code).toBe('NOT_FOUND');
    // Earlier tests exported activities too: this export's entry is the one written after it.
    const entries = () =>
      app.server.db.dataSource.query(
        `SELECT a.module, a.description FROM audit_log a JOIN app_user u ON u.id = a.user_id
          WHERE a.action = 'EXPORT' AND a.module = 'activity' AND u.email = 'staff1@sen.local'
          ORDER BY a.at, a.id`,
      ) as Promise<{ module: string; description: string }[]>;
    const before = (await entries()).length;
    await download(app, staff1, exportPath(CASES[8], 'csv', { search: 'zxk' }));
    // The entry is written once the file has gone out.
    let log: unknown;
    for (let i = 0; i < 100 && !log; i++) {
      log = (await entries())[before];
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(log).toEqual({ module: 'activity', description: 'Xuất khẩu 1 giao dịch ra tệp CSV' });
  });
});
