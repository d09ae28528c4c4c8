import { Contract } from '../../contract/contract.entity';
import { Invoice } from '../../invoice/invoice.entity';
import { Opportunity } from '../../opportunity/opportunity.entity';
import { Order } from '../../order/order.entity';
import { Quote } from '../../quote/quote.entity';
import { Receipt } from '../../receipt/receipt.entity';
import { crm } from '../../../test/crm';
import { useTestApp } from '../../../test/harness';

/**
 * CUS-10 "Chứng từ bán hàng": the tab reads the six kinds in one statement. Its pages, walked with
 * the cursor in pages that cut across kinds, and its total equal the union of the six kinds' own
 * rows under the caller's scope (SALES-DESIGN.md "Access": a document is seen by its owner's side
 * and by whoever may see its customer), newest first, the trash left out.
 */
let admin: string;
let staff1: string;
let staff2: string;
let users: Record<'staff1' | 'staff2', string>;
/** Owned by staff1 and shared with staff2: staff2 sees all of its documents. */
let shared: string;
/** Owned by staff1 only: staff2 sees only the documents staff2 owns. */
let foreign: string;

/** The six kinds by their GraphQL type (the entity class) and table. */
const ENTITIES = [Opportunity, Quote, Contract, Order, Invoice, Receipt];
const tableOf = (type: (typeof ENTITIES)[number]) => app.server.db.dataSource.getMetadata(type).tableName;
type Kind = 'Opportunity' | 'Quote' | 'Contract' | 'Order' | 'Invoice' | 'Receipt';

const LINE = { productName: 'Gói bảo trì', unit: 'Gói', quantity: '1', unitPrice: '3000000', vatRate: 'TEN' };
const MUTATION: Record<Kind, [name: string, input: string, fields: Record<string, unknown>]> = {
  Opportunity: ['createOpportunity', 'CreateOpportunityInput', { name: 'Nâng cấp phần mềm' }],
  Quote: ['createQuote', 'CreateQuoteInput', { date: '2026-11-02', lines: [LINE] }],
  Contract: ['createContract', 'CreateContractInput', { lines: [LINE] }],
  Order: ['createOrder', 'CreateOrderInput', { date: '2026-11-03', lines: [LINE] }],
  Invoice: ['createInvoice', 'CreateInvoiceInput', { date: '2026-11-04', lines: [LINE] }],
  Receipt: ['createReceipt', 'CreateReceiptInput', { date: '2026-11-05', amount: '250000', method: 'CASH' }],
};

const app = useTestApp(async (a) => ([admin, staff1, staff2] = await a.signIn('admin', 'staff1', 'staff2')));
const h = crm(app);

async function create(token: string, kind: Kind, customerId: string): Promise<string> {
  const [name, input, fields] = MUTATION[kind];
  const r = await app.data<Record<string, { id: string }>>(
    `mutation($i: ${input}!) { ${name}(input: $i) { id } }`,
    { i: { customerId, ...fields } },
    { token },
  );
  return r[name].id;
}

/** The tab as the hand-written union of the six kinds reads it: `Typename id`, newest first. */
async function expected(userId: string | null, customerId: string): Promise<string[]> {
  const scope = userId
    ? `(d.owner_id = $2 OR d.customer_id IN (SELECT c.id FROM customer c WHERE c.owner_id = $2
         UNION SELECT s.customer_id FROM customer_share s WHERE s.user_id = $2))`
    : `$2::uuid IS NULL`;
  const rows: { doc: string }[] = await app.server.db.dataSource.query(
    `SELECT doc FROM (${ENTITIES.map(
      (type) => `SELECT '${type.name} ' || d.id AS doc, d.id, d.created_at FROM ${tableOf(type)} d
        WHERE d.customer_id = $1 AND d.deleted_at IS NULL AND ${scope}`,
    ).join(' UNION ALL ')}) x ORDER BY date_trunc('milliseconds', x.created_at) DESC, x.id DESC`,
    [customerId, userId],
  );
  return rows.map((r) => r.doc);
}

interface TabPage {
  totalCount: number;
  edges: { cursor: string; node: { __typename: string; id: string; createdAt: string } }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** With the total or without it (the page's statement alone). */
const tabQuery = (total: boolean) => `query($c: ID!, $first: Int, $after: String) {
  customerSalesDocuments(customerId: $c, first: $first, after: $after) {
    ${total ? 'totalCount' : ''} pageInfo { hasNextPage endCursor }
    edges { cursor node { __typename
      ... on Opportunity { id createdAt } ... on Quote { id createdAt } ... on Contract { id createdAt }
      ... on Order { id createdAt } ... on Invoice { id createdAt } ... on Receipt { id createdAt } } } } }`;

/** Every page of the tab, `first` at a time, with the total each page gave. */
async function walk(token: string, customerId: string, first: number, total = true) {
  const docs: string[] = [];
  const totals = new Set<number>();
  let after: string | null = null;
  for (let page = 0; page < 50; page++) {
    const { customerSalesDocuments: tab }: { customerSalesDocuments: TabPage } = await app.data(
      tabQuery(total),
      { c: customerId, first, after },
      { token },
    );
    if (total) {
      totals.add(tab.totalCount);
    }
    expect(tab.edges.length).toBeLessThanOrEqual(first);
    docs.push(...tab.edges.map((e) => `${e.node.__typename} ${e.node.id}`));
    expect(tab.pageInfo.endCursor).toBe(tab.edges.at(-1)?.cursor ?? null);
    if (!tab.pageInfo.hasNextPage) {
      return { docs, totals: [...totals] };
    }
    after = tab.pageInfo.endCursor;
  }
  throw new Error('the tab never ended');
}

beforeAll(async () => {
  users = await h.userIds(admin, 'staff1', 'staff2');
  shared = (await h.createCustomer(staff1, { name: 'Công ty TNHH Chia Sẻ Chứng Từ' })).id;
  foreign = (await h.createCustomer(staff1, { name: 'Công ty Cổ phần Riêng Tư' })).id;
  await app.data(
    `mutation($ids: [ID!]!, $u: [ID!]!) { shareCustomers(ids: $ids, userIds: $u) }`,
    {
      ids: [shared],
      u: [users.staff2],
    },
    { token: staff1 },
  );
  const created: { table: string; id: string }[] = [];
  for (const type of ENTITIES) {
    for (const [token, customerId] of [
      [admin, shared],
      [staff1, shared],
      [staff2, shared],
      [admin, foreign],
      [staff1, foreign],
      [admin, foreign],
    ] as const) {
      created.push({ table: tableOf(type), id: await create(token, type.name as Kind, customerId) });
    }
  }
  // Straight in the database (the audit triggers off for it): some of the foreign customer's
  // documents handed to staff2, the kinds interleaved in time — pairs in one millisecond, apart
  // by microseconds or not at all, so the order and the cursor go by the id within a millisecond
  // and across kinds — and one of each kind in the trash (in no page and no total).
  await app.server.db.dataSource.transaction(async (m) => {
    await m.query(`SET LOCAL session_replication_role = replica`);
    for (const [i, { table, id }] of created.entries()) {
      const ms = String(Math.floor(((i * 7) % created.length) / 2)).padStart(3, '0');
      await m.query(
        `UPDATE ${table} SET created_at = $1,
                owner_id = CASE WHEN $3 THEN $4::uuid ELSE owner_id END,
                deleted_at = CASE WHEN $5 THEN now() END
          WHERE id = $2`,
        [`2026-11-01T08:00:00.${ms}${i % 4 === 0 ? '' : '25'}Z`, id, i % 6 === 5, users.staff2, i % 6 === 1],
      );
    }
  });
});

describe('the customer’s "Chứng từ bán hàng" tab in one statement (CUS-10)', () => {
  it.each([
    ['staff2 on a customer shared with them', 'staff2', 'shared'],
    ['staff2 on a customer they do not see (only their own documents)', 'staff2', 'foreign'],
    ['staff1, the owner', 'staff1', 'foreign'],
    ['the admin', 'admin', 'foreign'],
  ] as const)('pages and total equal the six kinds’ union: %s', async (_, who, which) => {
    const token = { admin, staff1, staff2 }[who];
    const customerId = which === 'shared' ? shared : foreign;
    const want = await expected(who === 'admin' ? null : users[who], customerId);
    expect(new Set(want.map((d) => d.split(' ')[0])).size).toBe(6);
    for (const first of [4, 5]) {
      const got = await walk(token, customerId, first);
      expect(got.docs).toEqual(want);
      expect(got.totals).toEqual([want.length]);
      expect((await walk(token, customerId, first, false)).docs).toEqual(want);
    }
    // One page holds them all: its size is the total.
    const whole = await walk(token, customerId, 100);
    expect(whole.docs).toEqual(want);
    expect(whole.totals).toEqual([want.length]);
  });

  it('staff2 sees fewer documents of a customer they do not see than its owner, none of the others', async () => {
    const theirs = await expected(users.staff2, foreign);
    const owners = await expected(users.staff1, foreign);
    expect(theirs.length).toBe(6);
    expect(owners.length).toBeGreaterThan(theirs.length);
    expect(owners).toEqual(expect.arrayContaining(theirs));
  });

  it('a page of none says whether documents follow; a bad cursor is refused', async () => {
    const { customerSalesDocuments: empty }: { customerSalesDocuments: TabPage } = await app.data(
      tabQuery(true),
      { c: shared, first: 0 },
      { token: staff2 },
    );
    expect(empty.edges).toEqual([]);
    expect(empty.pageInfo.hasNextPage).toBe(true);
    const bad = await app.gql(
      tabQuery(true),
      { c: shared, first: 5, after: 'not-a-cursor' },
      { token: staff2 },
    );
    expect(bad.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
  });
});
