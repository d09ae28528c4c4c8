import { crm } from '../../../test/crm';
import { startTestApp, type TestApp } from '../../../test/harness';

/**
 * SALES-DESIGN.md "Access": a document is seen by whoever may see its customer. The documents keep
 * a copy of the customer's owner for speed; these tests hold the rule through a transfer of the
 * customer, for lists, the pipeline's counts, one record and the trash.
 */
let app: TestApp;
let admin: string;
let staff1: string;
let staff2: string;
let manager: string;
let customerId: string;
let oppId: string;
let liveQuote: string;
let trashedQuote: string;

const PIPELINE = `{ opportunityPipeline { stage count value } }`;
const QUOTES = `{ quotes { totalCount nodes { id } } }`;
const line = {
  productName: 'Tư vấn triển khai',
  unit: 'Gói',
  quantity: '1',
  unitPrice: '2000000',
  vatRate: 'TEN',
};

async function needsAnalysis(token: string) {
  const r = await app.gql<{ opportunityPipeline: { stage: string; count: number; value: string }[] }>(
    PIPELINE,
    {},
    { token },
  );
  expect(r.errors).toBeUndefined();
  return r.data!.opportunityPipeline.find((s) => s.stage === 'NEEDS_ANALYSIS')!;
}

async function quoteIds(token: string) {
  const r = await app.gql<{ quotes: { totalCount: number; nodes: { id: string }[] } }>(QUOTES, {}, { token });
  expect(r.errors).toBeUndefined();
  expect(r.data!.quotes.totalCount).toBe(r.data!.quotes.nodes.length);
  return r.data!.quotes.nodes.map((n) => n.id);
}

async function sees(token: string, id: string) {
  const r = await app.gql<{ quote: { id: string } | null }>(
    'query($id: ID!) { quote(id: $id) { id } }',
    { id },
    { token },
  );
  return Boolean(r.data?.quote);
}

beforeAll(async () => {
  app = await startTestApp();
  const h = crm(app);
  admin = await app.login('admin@sen.local');
  manager = await app.login('manager@sen.local');
  staff1 = await app.login('staff1@sen.local');
  staff2 = await app.login('staff2@sen.local');
  customerId = (await h.createCustomer(staff1, { name: 'Công ty Chuyển Giao Một' })).id;
  // Documents owned by the admin: staff see them only through the customer.
  const opp = await app.gql<{ createOpportunity: { id: string } }>(
    `mutation($i: CreateOpportunityInput!) { createOpportunity(input: $i) { id } }`,
    { i: { name: 'Gói phần mềm 20 người dùng', customerId, expectedValue: '70000000' } },
    { token: admin },
  );
  oppId = opp.data!.createOpportunity.id;
  const quote = async () => {
    const r = await app.gql<{ createQuote: { id: string } }>(
      `mutation($i: CreateQuoteInput!) { createQuote(input: $i) { id } }`,
      { i: { customerId, date: '2026-12-05', validUntil: '2099-12-31', lines: [line] } },
      { token: admin },
    );
    expect(r.errors).toBeUndefined();
    return r.data!.createQuote.id;
  };
  liveQuote = await quote();
  trashedQuote = await quote();
  const del = await app.gql(
    'mutation($ids: [ID!]!) { deleteQuotes(ids: $ids) }',
    { ids: [trashedQuote] },
    { token: admin },
  );
  expect(del.errors).toBeUndefined();
});
afterAll(() => app.close());

describe("a document follows its customer's owner", () => {
  it('the customer’s owner sees the admin’s documents on it; another STAFF user does not', async () => {
    expect(await quoteIds(staff1)).toContain(liveQuote);
    expect(await quoteIds(staff2)).not.toContain(liveQuote);
    expect(await sees(staff1, liveQuote)).toBe(true);
    expect(await sees(staff2, liveQuote)).toBe(false);
    expect((await needsAnalysis(staff1)).count).toBe(1);
    expect((await needsAnalysis(staff2)).count).toBe(0);
    expect(await quoteIds(manager)).toContain(liveQuote);
  });

  it('after a transfer the new owner sees them (lists, counts, one record) and the old one no longer does', async () => {
    const staff2Id = await crm(app).userId(admin, 'staff2@sen.local');
    const before = await needsAnalysis(staff1);
    const t = await app.gql(
      'mutation($ids: [ID!]!, $to: ID!) { transferCustomers(ids: $ids, toUserId: $to) }',
      { ids: [customerId], to: staff2Id },
      { token: admin },
    );
    expect(t.errors).toBeUndefined();
    expect(await quoteIds(staff2)).toContain(liveQuote);
    expect(await quoteIds(staff1)).not.toContain(liveQuote);
    expect(await sees(staff2, liveQuote)).toBe(true);
    expect(await sees(staff1, liveQuote)).toBe(false);
    expect(await needsAnalysis(staff2)).toEqual(before);
    expect((await needsAnalysis(staff1)).count).toBe(0);
    // The sales manager saw it through staff1 (his department); staff2 is in Marketing.
    expect(await quoteIds(manager)).not.toContain(liveQuote);
  });

  it('a trashed document follows too, and the transfer wrote no change of the documents themselves', async () => {
    const rows = await app.server.db.dataSource.query(
      `SELECT q.id, q.customer_owner_id = c.owner_id AS same
         FROM quote q JOIN customer c ON c.id = q.customer_id WHERE q.customer_id = $1 ORDER BY q.id`,
      [customerId],
    );
    expect(rows).toHaveLength(2);
    expect(rows.every((r: { same: boolean }) => r.same)).toBe(true);
    const audit = await app.server.db.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_log WHERE record_id IN ($1, $2, $3) AND action = 'UPDATE'`,
      [liveQuote, trashedQuote, oppId],
    );
    expect(audit[0].n).toBe(0);
  });

  it('the copy cannot be set to anything but the customer’s owner', async () => {
    const ds = app.server.db.dataSource;
    const [staff1Row] = await ds.query(`SELECT id FROM app_user WHERE email = 'staff1@sen.local'`);
    await ds
      .query(`UPDATE quote SET customer_owner_id = $1 WHERE id = $2`, [staff1Row.id, liveQuote])
      .catch(() => undefined);
    const [row] = await ds.query(
      `SELECT q.customer_owner_id = c.owner_id AS same FROM quote q JOIN customer c ON c.id = q.customer_id WHERE q.id = $1`,
      [liveQuote],
    );
    expect(row.same).toBe(true);
  });
});
